/**
 * Browser journeys: the application on a random loopback port, driven by Debian's headless Chromium
 * through page objects in {@code pages}. Classes are named {@code *IT} and run in Maven's verify phase.
 */
package app.stepwise.e2e;
