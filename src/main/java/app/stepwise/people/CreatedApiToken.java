package app.stepwise.people;

/** A new token with its secret, which is shown this once and never stored. */
public record CreatedApiToken(ApiTokenSummary token, String secret) {
    @Override
    public String toString() {
        return "CreatedApiToken[" + token + "]"; // keeps the secret out of logs
    }
}
