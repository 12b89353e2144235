package app.stepwise.certification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the daily certification check (the first scheduled job in the app). */
@Configuration
@EnableScheduling
class CertificationScheduling {
}
