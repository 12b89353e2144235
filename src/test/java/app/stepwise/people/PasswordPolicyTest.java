package app.stepwise.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    @Test
    void passwords_shorter_than_twelve_characters_are_refused() {
        assertThat(PasswordPolicy.problem("elevenchars", "a@b.co")).contains("Use at least 12 characters.");
        assertThat(PasswordPolicy.problem("twelve chars", "a@b.co")).isEmpty();
    }

    @Test
    void the_email_or_its_local_part_is_not_a_password_whatever_the_case() {
        assertThat(PasswordPolicy.problem("Sam.Carter@Example.com", "sam.carter@example.com")).isPresent();
        assertThat(PasswordPolicy.problem("longlocalpart", "LongLocalPart@example.com")).isPresent();
    }

    @Test
    void very_long_passwords_are_refused_to_keep_hashing_cheap_to_defend() {
        assertThat(PasswordPolicy.problem("x".repeat(129), "a@b.co")).isPresent();
        assertThat(PasswordPolicy.problem("x".repeat(128), "a@b.co")).isEmpty();
    }

    @Test
    void a_missing_password_is_refused() {
        assertThat(PasswordPolicy.problem(null, "a@b.co")).isPresent();
    }
}
