#!/usr/bin/env bash
# docker-compose's Kafka: jobs/kafka-server.properties plus the JAAS lines (the admin's password from
# DOUDI_KAFKA_ADMIN_PASSWORD), storage formatted on first start with admin's SCRAM credentials (the broker
# signs in to itself as admin), then the broker. Also leaves the admin's client settings for the healthcheck.
set -euo pipefail
bin=${KAFKA_BIN:-/opt/kafka/bin}
work=${KAFKA_WORK:-/tmp}
jobs=$(dirname "$0")
source "$jobs/kafka-passwords.sh"
admin=$(kafka_password admin)
umask 077
config="$work/server.properties"
{
  cat "$jobs/kafka-server.properties"
  echo "listener.name.internal.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"$admin\";"
  echo "listener.name.external.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;"
  echo "listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\"$admin\" user_admin=\"$admin\";"
} > "$config"
bash "$jobs/client-properties.sh" admin kafka:29092 "$work/admin.properties"
"$bin/kafka-storage.sh" format --config "$config" --cluster-id "${KAFKA_CLUSTER_ID:-$("$bin/kafka-storage.sh" random-uuid)}" \
  --add-scram "SCRAM-SHA-256=[name=admin,password=$admin]" --ignore-formatted
exec "$bin/kafka-server-start.sh" "$config"
