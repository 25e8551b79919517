package gx.doudi.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashTest {
    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        PasswordHash hash = PasswordHash.parse(PasswordHash.create("correct horse".toCharArray(), 1000));
        assertThat(hash.matches("correct horse".toCharArray())).isTrue();
        assertThat(hash.matches("correct hors".toCharArray())).isFalse();
        assertThat(hash.matches(new char[0])).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        String a = PasswordHash.create("same".toCharArray(), 1000);
        String b = PasswordHash.create("same".toCharArray(), 1000);
        assertThat(a).isNotEqualTo(b).startsWith("pbkdf2-sha256$1000$");
        assertThat(a).doesNotContain("same");
    }

    @Test
    void aPlainPasswordOrAWeakHashIsRefusedWithAHint() {
        assertThatThrownBy(() -> PasswordHash.parse("secret")).hasMessageContaining("hash-password");
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2-sha256$10$c2FsdHNhbHQ$aGFzaA")).hasMessageContaining("too few iterations");
        assertThatThrownBy(() -> PasswordHash.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
