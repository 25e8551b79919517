# Sourced by the jobs/kafka-*.sh scripts: a Kafka principal's password from the environment.
# DOUDI_KAFKA_<PRINCIPAL>_PASSWORD, the principal upper-cased with '-' as '_' (medical-security:
# DOUDI_KAFKA_MEDICAL_SECURITY_PASSWORD). Set them in .env (see jobs/kafka-users.env.example).

# The principals beside admin, as gx.doudi.kafka.Principals lists them.
kafka_users="engine monitoring-centre indicator-engineer generator
  civil-affairs education human-resources housing agriculture health emergency medical-security trade-union disability"

kafka_password() {
  local var="DOUDI_KAFKA_$(printf '%s' "$1" | tr 'a-z-' 'A-Z_')_PASSWORD"
  local password="${!var:-}"
  if [[ -z "$password" ]]; then
    echo "$var is not set: see docs/security.md" >&2
    return 1
  fi
  if [[ "$password" == change-me* ]]; then
    echo "$var is still the example's: give it a password of your own" >&2
    return 1
  fi
  # No quoting anywhere: the password goes into JAAS lines and SCRAM arguments as it is.
  if [[ ! "$password" =~ ^[A-Za-z0-9_-]{16,}$ ]]; then
    echo "$var must be at least 16 characters of A-Z a-z 0-9 _ -" >&2
    return 1
  fi
  printf '%s' "$password"
}
