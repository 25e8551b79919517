#!/usr/bin/env bash
# Writes the Kafka client settings of one principal, with its password from the environment, readable by
# its owner alone: the file `run`, `generate`, `chain` and `publish-indicators` take as --client-properties.
#   client-properties.sh PRINCIPAL BOOTSTRAP FILE
set -euo pipefail
principal=${1:?usage: client-properties.sh PRINCIPAL BOOTSTRAP FILE}
bootstrap=${2:?usage: client-properties.sh PRINCIPAL BOOTSTRAP FILE}
file=${3:?usage: client-properties.sh PRINCIPAL BOOTSTRAP FILE}
source "$(dirname "$0")/kafka-passwords.sh"
password=$(kafka_password "$principal")
umask 077
cat > "$file" <<PROPERTIES
# Kafka client settings of User:$principal
bootstrap.servers=$bootstrap
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-256
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="$principal" password="$password";
PROPERTIES
