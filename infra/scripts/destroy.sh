#!/usr/bin/env bash
# Destroys TapStack<suffix>. CI suffixes take their data with them (buckets are emptied first);
# a production suffix ("prod", "production") or -c retain=true keeps the key, buckets, table,
# queues, topic and log groups, which must then be deleted by hand.
#
#   infra/scripts/destroy.sh --suffix pr42
#   infra/scripts/destroy.sh --localstack
set -euo pipefail
source "$(dirname "$0")/common.sh"
parse_args "$@"

cdk destroy "$STACK" "${CONTEXT[@]}" --force
rm -f "$OUTPUTS_DIR/flat-outputs.json" "$OUTPUTS_DIR/cdk-outputs.json"
