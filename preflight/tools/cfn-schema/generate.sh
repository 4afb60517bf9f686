#!/usr/bin/env bash
# Regenerates preflight's shipped CloudFormation resource schema from a pinned version of the npm
# package @aws-cdk/aws-service-spec (the database the AWS CDK generates its L1 constructs from).
# Needs Node.js and npm; nothing here runs at build or check time.
#
#   preflight/tools/cfn-schema/generate.sh            # the pinned version below
#   preflight/tools/cfn-schema/generate.sh 0.1.230    # another version: then update VERSION here
set -euo pipefail

VERSION="${1:-0.1.216}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/main/resources/io/piiscanner/preflight/schema/cfn-resources.json.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "@aws-cdk/aws-service-spec@$VERSION" >/dev/null)
tar -xzf "$work"/aws-cdk-aws-service-spec-"$VERSION".tgz -C "$work" package/db.json.gz
node "$here/derive.js" "$work/package/db.json.gz" "$VERSION" "$out"
