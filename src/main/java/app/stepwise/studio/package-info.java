/**
 * The trainer studio: trainers write and change process modules in the app. A module is edited as a shared,
 * autosaved draft (one per module, optimistic locking refuses the second of two trainers and keeps their text),
 * validated as they type by the same validator as import, previewed through the reader's rendering, offered
 * quiz questions generated from its own steps and snags, and published through the content importer with the
 * trainer's change class and a forecast of who the change reaches (refreshers, learners in progress). Learner
 * flags and weak quiz questions are shown beside the draft.
 */
package app.stepwise.studio;
