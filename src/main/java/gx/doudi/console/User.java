package gx.doudi.console;

/**
 * Someone who may sign in to the console: the monitoring centre, which sees everything with personal ids
 * masked, or one department, which sees its own referral channel.
 *
 * @param department the department's id for {@link Role#DEPARTMENT}, null for the centre
 */
public record User(String name, Role role, String department, PasswordHash password) {

    public enum Role {
        CENTRE("monitoring-centre"),
        DEPARTMENT("department");

        private final String id;

        Role(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        static Role of(String id) {
            for (Role r : values()) {
                if (r.id.equals(id)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown role '" + id + "' (monitoring-centre or department)");
        }
    }

    public boolean isCentre() {
        return role == Role.CENTRE;
    }

    /** True for the department that owns this referral channel. */
    public boolean owns(String channel) {
        return role == Role.DEPARTMENT && department.equals(channel);
    }
}
