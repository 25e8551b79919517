package gx.doudi.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersTest {
    @TempDir
    Path dir;

    @Test
    void theUsersFileGivesEachUserARoleAndADepartment() throws Exception {
        Users users = Users.load(ConsoleFixture.writeUsers(dir.resolve("users.yaml")));
        User medical = users.authenticate("medical", "medical-secret".toCharArray()).orElseThrow();
        assertThat(medical.role()).isEqualTo(User.Role.DEPARTMENT);
        assertThat(medical.department()).isEqualTo("medical-security");
        assertThat(medical.owns("medical-security")).isTrue();
        assertThat(medical.owns("health")).isFalse();
        User centre = users.authenticate("centre", "centre-secret".toCharArray()).orElseThrow();
        assertThat(centre.isCentre()).isTrue();
        assertThat(centre.owns("health")).isFalse();
        assertThat(users.authenticate("centre", "medical-secret".toCharArray())).isEmpty();
        assertThat(users.authenticate("nobody", "x".toCharArray())).isEmpty();
    }

    @Test
    void theSampleUsersFileReads() throws Exception {
        Users sample = Users.load(Path.of("jobs/console-users.yaml"));
        assertThat(sample.all()).hasSize(11).extracting(User::name).contains("centre", "medical-security");
        assertThat(sample.authenticate("centre", "centre-change-me".toCharArray())).as("the documented sample password").isPresent();
    }

    @Test
    void aBadUsersFileSaysWhereAndWhat() throws Exception {
        assertThatThrownBy(() -> Users.load(write("users:\n  - {name: a, role: department, department: police, password: x}\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("user 1 (a)").hasMessageContaining("department");
        String hash = PasswordHash.create("pw-pw-pw-pw".toCharArray(), 1000);
        assertThatThrownBy(() -> Users.load(write("users:\n  - {name: a, role: monitoring-centre, password: '" + hash + "'}\n"
                + "  - {name: a, role: monitoring-centre, password: '" + hash + "'}\n"))).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> Users.load(write("users:\n  - {name: a, role: admin, password: '" + hash + "'}\n")))
                .hasMessageContaining("unknown role 'admin'");
        assertThatThrownBy(() -> Users.load(write("users:\n  - {name: a, role: monitoring-centre, password: plain}\n")))
                .hasMessageContaining("hash-password");
        assertThatThrownBy(() -> Users.load(write("nobody: here\n"))).hasMessageContaining("no 'users:' list");
    }

    @Test
    void theDemoGetsACentreUserAndOnePerDepartmentWithFreshPasswords() {
        Users.Generated a = Users.generate(1000);
        Users.Generated b = Users.generate(1000);
        assertThat(a.users().all()).hasSize(11);
        assertThat(a.users().authenticate("centre", a.passwords().get("centre").toCharArray())).isPresent();
        assertThat(a.users().authenticate("health", a.passwords().get("health").toCharArray()).orElseThrow().department()).isEqualTo("health");
        assertThat(a.passwords().get("centre")).isNotEqualTo(b.passwords().get("centre"));
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("bad.yaml"), yaml);
    }
}
