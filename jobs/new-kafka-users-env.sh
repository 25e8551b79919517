#!/usr/bin/env bash
# Prints an env file with a new random password for every Kafka principal:
#   bash jobs/new-kafka-users-env.sh > .env
set -euo pipefail
source "$(dirname "$0")/kafka-passwords.sh"
echo "# Doudi's Kafka passwords, made by jobs/new-kafka-users-env.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ). Keep out of git."
for user in admin $kafka_users; do
  password=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
  echo "DOUDI_KAFKA_$(printf '%s' "$user" | tr 'a-z-' 'A-Z_')_PASSWORD=$password"
done
