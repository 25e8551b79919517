#!/usr/bin/env bash
# docker-compose's one-shot `topics` service: on the secured broker, as admin, (re)sets every principal's
# SCRAM credentials from the environment, creates the contract's topics, and grants the ACLs below.
#   kafka-access.sh BOOTSTRAP [PARTITIONS]
# Safe to run again: credentials are upserted (a changed password in .env takes effect), topics and ACLs
# that exist are kept. The ACLs are those of gx.doudi.kafka.Principals, which the embedded broker grants;
# KafkaAccessScriptTest fails when the two differ.
set -euo pipefail
bootstrap=${1:?usage: kafka-access.sh BOOTSTRAP [PARTITIONS]}
partitions=${2:-4}
bin=${KAFKA_BIN:-/opt/kafka/bin}
jobs=$(dirname "$0")
source "$jobs/kafka-passwords.sh"
export KAFKA_COMMAND_CONFIG=${KAFKA_WORK:-/tmp}/admin.properties
bash "$jobs/client-properties.sh" admin "$bootstrap" "$KAFKA_COMMAND_CONFIG"

for user in $kafka_users; do
  password=$(kafka_password "$user")
  "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --command-config "$KAFKA_COMMAND_CONFIG" --alter \
    --add-config "SCRAM-SHA-256=[password=$password]" --entity-type users --entity-name "$user"
done

KAFKA_TOPICS="$bin/kafka-topics.sh" bash "$jobs/create-topics.sh" "$bootstrap" "$partitions"

# allow PRINCIPAL PATTERN-TYPE OPERATION[,OPERATION...] RESOURCE-TYPE NAME
allow() {
  local flags=(--allow-principal "User:$1" --resource-pattern-type "$2")
  local operation
  for operation in ${3//,/ }; do flags+=(--operation "$operation"); done
  if [[ "$4" == cluster ]]; then flags+=(--cluster); else flags+=("--$4" "$5"); fi
  "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$KAFKA_COMMAND_CONFIG" --add "${flags[@]}"
}

# Each department writes its own events topic and reads its own referrals, in groups named after it.
allow civil-affairs literal Write,Describe topic doudi.events.civil-affairs
allow civil-affairs literal Read,Describe topic doudi.referrals.civil-affairs
allow civil-affairs prefixed Read group civil-affairs-
allow education literal Write,Describe topic doudi.events.education
allow education literal Read,Describe topic doudi.referrals.education
allow education prefixed Read group education-
allow human-resources literal Write,Describe topic doudi.events.human-resources
allow human-resources literal Read,Describe topic doudi.referrals.human-resources
allow human-resources prefixed Read group human-resources-
allow housing literal Write,Describe topic doudi.events.housing
allow housing literal Read,Describe topic doudi.referrals.housing
allow housing prefixed Read group housing-
allow agriculture literal Write,Describe topic doudi.events.agriculture
allow agriculture literal Read,Describe topic doudi.referrals.agriculture
allow agriculture prefixed Read group agriculture-
allow health literal Write,Describe topic doudi.events.health
allow health literal Read,Describe topic doudi.referrals.health
allow health prefixed Read group health-
allow emergency literal Write,Describe topic doudi.events.emergency
allow emergency literal Read,Describe topic doudi.referrals.emergency
allow emergency prefixed Read group emergency-
allow medical-security literal Write,Describe topic doudi.events.medical-security
allow medical-security literal Read,Describe topic doudi.referrals.medical-security
allow medical-security prefixed Read group medical-security-
allow trade-union literal Write,Describe topic doudi.events.trade-union
allow trade-union literal Read,Describe topic doudi.referrals.trade-union
allow trade-union prefixed Read group trade-union-
allow disability literal Write,Describe topic doudi.events.disability
allow disability literal Read,Describe topic doudi.referrals.disability
allow disability prefixed Read group disability-

# The engine (groupId doudi-engine: its groups and transactional ids start with it).
allow engine prefixed Read,Describe topic doudi.events.
allow engine literal Read,Describe topic doudi.indicators
allow engine literal Write,Describe topic doudi.alerts
allow engine literal Write,Describe topic doudi.chains
allow engine literal Write,Describe topic doudi.rejected
allow engine literal Write,Describe topic doudi.indicators.status
allow engine prefixed Write,Describe topic doudi.referrals.
allow engine prefixed Read group doudi-engine
allow engine prefixed Write,Describe transactional-id doudi-engine
allow engine literal IdempotentWrite cluster kafka-cluster

# The monitoring centre's console; it writes a signed-in department's answer on that department's topic.
allow monitoring-centre literal Read,Describe topic doudi.alerts
allow monitoring-centre literal Read,Describe topic doudi.chains
allow monitoring-centre literal Read,Describe topic doudi.indicators.status
allow monitoring-centre prefixed Read,Describe topic doudi.referrals.
allow monitoring-centre prefixed Write,Describe topic doudi.events.
allow monitoring-centre prefixed Read group doudi-console-

# publish-indicators.
allow indicator-engineer literal Read,Write,Describe topic doudi.indicators
allow indicator-engineer literal Read,Describe topic doudi.indicators.status

# The synthetic event feed (the generator service).
allow generator prefixed Write,Describe topic doudi.events.
