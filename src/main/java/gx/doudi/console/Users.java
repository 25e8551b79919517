package gx.doudi.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gx.doudi.event.Departments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may sign in, from a YAML file of the shape of {@code jobs/console-users.yaml}: each user has a name,
 * a role ({@code monitoring-centre} or {@code department} with its {@code department}) and a password
 * hash made by {@code console hash-password}. Checked whole when read: a bad file starts nothing.
 */
public final class Users {
    /** Hashed once so that an unknown name costs as much as a wrong password. */
    private static final PasswordHash NOBODY = PasswordHash.parse(PasswordHash.create("nobody".toCharArray(), 1000));

    private final Map<String, User> byName;

    private Users(Map<String, User> byName) {
        this.byName = byName;
    }

    public static Users of(List<User> users) {
        Map<String, User> map = new LinkedHashMap<>();
        for (User u : users) {
            if (map.put(u.name(), u) != null) {
                throw new IllegalArgumentException("user '" + u.name() + "' is listed twice");
            }
        }
        return new Users(map);
    }

    public static Users load(Path file) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        JsonNode list = root == null ? null : root.get("users");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IOException(file + ": no 'users:' list");
        }
        List<User> users = new ArrayList<>();
        int i = 0;
        for (JsonNode u : list) {
            i++;
            try {
                users.add(user(u));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": user " + i + " (" + u.path("name").asText("no name") + "): " + e.getMessage());
            }
        }
        try {
            return of(users);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage());
        }
    }

    private static User user(JsonNode u) {
        String name = u.path("name").asText("");
        if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("a name of 1 to 64 letters, digits, '.', '_' or '-' is required");
        }
        User.Role role = User.Role.of(u.path("role").asText(""));
        String department = u.path("department").asText(null);
        if (role == User.Role.DEPARTMENT && !Departments.isKnown(department)) {
            throw new IllegalArgumentException("a department user needs one of " + Departments.ALL + " as department");
        }
        if (role == User.Role.CENTRE && department != null) {
            throw new IllegalArgumentException("the monitoring centre belongs to no department");
        }
        return new User(name, role, department, PasswordHash.parse(u.path("password").asText(null)));
    }

    /** The user whose name and password these are. */
    public Optional<User> authenticate(String name, char[] password) {
        User user = name == null ? null : byName.get(name);
        if (user == null) {
            NOBODY.matches(password);
            return Optional.empty();
        }
        return user.password().matches(password) ? Optional.of(user) : Optional.empty();
    }

    public Optional<User> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<User> all() {
        return List.copyOf(byName.values());
    }

    /** The demo's users, with fresh random passwords: name → password. */
    public record Generated(Users users, Map<String, String> passwords) {}

    /** A monitoring-centre user {@code centre} and one user per department, named after it. */
    public static Generated generate(int iterations) {
        SecureRandom random = new SecureRandom();
        Map<String, String> passwords = new LinkedHashMap<>();
        List<User> users = new ArrayList<>();
        passwords.put("centre", password(random));
        users.add(new User("centre", User.Role.CENTRE, null,
                PasswordHash.parse(PasswordHash.create(passwords.get("centre").toCharArray(), iterations))));
        for (String d : Departments.ALL) {
            passwords.put(d, password(random));
            users.add(new User(d, User.Role.DEPARTMENT, d,
                    PasswordHash.parse(PasswordHash.create(passwords.get(d).toCharArray(), iterations))));
        }
        return new Generated(of(users), passwords);
    }

    private static String password(SecureRandom random) {
        String letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            b.append(letters.charAt(random.nextInt(letters.length())));
        }
        return b.toString();
    }
}
