#!/usr/bin/env bash
# Deploys TapStack<suffix> and writes cfn-outputs/flat-outputs.json.
#
#   infra/scripts/deploy.sh                          # AWS, suffix from ENVIRONMENT_SUFFIX or "dev"
#   infra/scripts/deploy.sh --suffix pr42            # AWS, TapStackpr42
#   infra/scripts/deploy.sh --localstack             # LocalStack on http://localhost:4566
#   infra/scripts/deploy.sh -c alertEmail=a@b.c      # any other context value
#   infra/scripts/deploy.sh -c reservedConcurrency=5 # reserve 5 executions per function, after
#                                                    # checking the account's concurrency limit
#
# Needs Node.js (the CDK CLI comes from the npm registry) and a JDK (the app is built with the
# Maven Wrapper, Lambda jar included). AWS credentials come from the usual chain.
set -euo pipefail
source "$(dirname "$0")/common.sh"
parse_args "$@"

# Reserved concurrency is opt-in: check that the account can give it before CloudFormation tries.
reserved="$(context_value reservedConcurrency)"
if [ -n "$reserved" ] && [ "$TARGET" = aws ]; then
  if ! command -v aws >/dev/null 2>&1; then
    echo "-c reservedConcurrency needs the AWS CLI to check the account's concurrency limit first" >&2
    exit 1
  fi
  read -r limit unreserved < <(aws lambda get-account-settings \
    --query 'AccountLimit.[ConcurrentExecutions,UnreservedConcurrentExecutions]' --output text)
  ours=0
  for function in "pii-scanner-$SUFFIX" "pii-scanner-$SUFFIX-queue" "pii-scanner-$SUFFIX-api"; do
    n="$(aws lambda get-function-concurrency --function-name "$function" \
      --query ReservedConcurrentExecutions --output text 2>/dev/null || true)"
    if [[ "$n" =~ ^[0-9]+$ ]]; then
      ours=$((ours + n))
    fi
  done
  concurrency_fits "$reserved" "$limit" "$unreserved" "$ours" || exit 1
fi

# Idempotent: creates the CDK toolkit stack (asset bucket, roles) only where it is missing.
cdk bootstrap "${CONTEXT[@]}"
mkdir -p "$OUTPUTS_DIR"
cdk deploy "$STACK" "${CONTEXT[@]}" --require-approval never --outputs-file "$OUTPUTS_DIR/cdk-outputs.json"
flatten_outputs "$OUTPUTS_DIR/cdk-outputs.json"
