#!/usr/bin/env bash
# Creates the contract's topics (§2) on a Kafka cluster: create-topics.sh BOOTSTRAP [PARTITIONS]
# On a secured cluster, KAFKA_COMMAND_CONFIG names the admin's client settings (jobs/client-properties.sh).
set -euo pipefail
bootstrap=${1:?usage: create-topics.sh BOOTSTRAP [PARTITIONS]}
partitions=${2:-4}
kt=${KAFKA_TOPICS:-/opt/kafka/bin/kafka-topics.sh}
departments="civil-affairs education human-resources housing agriculture health emergency medical-security trade-union disability"
create() { "$kt" --bootstrap-server "$bootstrap" ${KAFKA_COMMAND_CONFIG:+--command-config "$KAFKA_COMMAND_CONFIG"} --create --if-not-exists --topic "$@"; }
for d in $departments; do
  create "doudi.events.$d" --partitions "$partitions" --replication-factor 1
  create "doudi.referrals.$d" --partitions "$partitions" --replication-factor 1
done
create doudi.alerts --partitions "$partitions" --replication-factor 1
create doudi.rejected --partitions "$partitions" --replication-factor 1
create doudi.chains --partitions "$partitions" --replication-factor 1 --config cleanup.policy=compact
create doudi.indicators --partitions 1 --replication-factor 1 --config cleanup.policy=compact
create doudi.indicators.status --partitions 1 --replication-factor 1
