package app.stepwise.studio;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code stepwise.studio.require-approval} (env STEPWISE_STUDIO_REQUIRE_APPROVAL, default false): a trainer
 * asks for approval and a second trainer publishes, instead of the author publishing alone.
 */
@ConfigurationProperties("stepwise.studio")
public record StudioProperties(boolean requireApproval) {
}
