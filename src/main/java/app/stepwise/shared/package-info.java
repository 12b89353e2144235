/**
 * The shared kernel: identifiers and authority names every module uses, the signed-in person as the
 * UI sees them, formula-safe CSV writing, and (in {@code ui}) the application shell and layout. It
 * depends on no other Stepwise module, so every module may depend on it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.stepwise.shared;
