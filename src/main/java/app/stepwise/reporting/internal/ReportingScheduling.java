package app.stepwise.reporting.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The summary's sweep and nightly rebuild are scheduled (idempotent if another module enables scheduling too). */
@Configuration
@EnableScheduling
class ReportingScheduling {
}
