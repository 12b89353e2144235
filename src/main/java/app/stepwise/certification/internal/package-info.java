/**
 * Certification storage: the certification per person and role with the module versions it rests on, the
 * refreshers a material change asks for, and the random verification codes printed on certificates.
 */
package app.stepwise.certification.internal;
