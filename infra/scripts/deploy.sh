#!/usr/bin/env bash
# Deploys TapStack<suffix> and writes cfn-outputs/flat-outputs.json.
#
#   infra/scripts/deploy.sh                          # AWS, suffix from ENVIRONMENT_SUFFIX or "dev"
#   infra/scripts/deploy.sh --suffix pr42            # AWS, TapStackpr42
#   infra/scripts/deploy.sh --localstack             # LocalStack on http://localhost:4566
#   infra/scripts/deploy.sh -c alertEmail=a@b.c      # any other context value
#
# Needs Node.js (the CDK CLI comes from the npm registry) and a JDK (the app is built with the
# Maven Wrapper, Lambda jar included). AWS credentials come from the usual chain.
set -euo pipefail
source "$(dirname "$0")/common.sh"
parse_args "$@"

if [ "$TARGET" = aws ] && command -v aws >/dev/null 2>&1; then
  # Bucket names are global: fail now, not half-way through a CloudFormation create.
  for bucket in "financial-data-bucket-$SUFFIX" "flow-logs-bucket-$SUFFIX" "financial-data-access-logs-$SUFFIX"; do
    if aws s3api head-bucket --bucket "$bucket" 2>/dev/null; then
      if ! aws cloudformation describe-stacks --stack-name "$STACK" >/dev/null 2>&1; then
        echo "bucket $bucket already exists but $STACK does not: destroy the old bucket or choose another --suffix" >&2
        exit 1
      fi
    elif aws s3api head-bucket --bucket "$bucket" 2>&1 | grep -q "403"; then
      echo "bucket name $bucket belongs to another account: choose another --suffix" >&2
      exit 1
    fi
  done
fi

# Idempotent: creates the CDK toolkit stack (asset bucket, roles) only where it is missing.
cdk bootstrap "${CONTEXT[@]}"
mkdir -p "$OUTPUTS_DIR"
cdk deploy "$STACK" "${CONTEXT[@]}" --require-approval never --outputs-file "$OUTPUTS_DIR/cdk-outputs.json"
flatten_outputs "$OUTPUTS_DIR/cdk-outputs.json"
