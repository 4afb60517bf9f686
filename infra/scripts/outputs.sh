#!/usr/bin/env bash
# Writes cfn-outputs/flat-outputs.json for an already deployed TapStack<suffix>, read from
# CloudFormation with the AWS CLI (deploy.sh does this by itself).
#
#   infra/scripts/outputs.sh --suffix pr42
#   infra/scripts/outputs.sh --localstack
set -euo pipefail
source "$(dirname "$0")/common.sh"
parse_args "$@"

mkdir -p "$OUTPUTS_DIR"
aws_cli cloudformation describe-stacks --stack-name "$STACK" --query "Stacks[0].Outputs" --output json \
  | node -e '
      let text = "";
      process.stdin.on("data", d => text += d).on("end", () => {
        const flat = {};
        for (const o of JSON.parse(text) || []) flat[o.OutputKey] = o.OutputValue;
        process.stdout.write(JSON.stringify({ [process.argv[1]]: flat }));
      });
    ' "$STACK" > "$OUTPUTS_DIR/cdk-outputs.json"
flatten_outputs "$OUTPUTS_DIR/cdk-outputs.json"
