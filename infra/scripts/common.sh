# Shared by deploy.sh, destroy.sh and outputs.sh: arguments, target and the CDK command.
# Usage of the scripts: [--localstack] [--suffix SUFFIX] [-c key=value ...]

INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_DIR="$(cd "$INFRA_DIR/.." && pwd)"
OUTPUTS_DIR="$REPO_DIR/cfn-outputs"
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1

TARGET=aws
SUFFIX="${ENVIRONMENT_SUFFIX:-dev}"
CONTEXT=()

parse_args() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --localstack) TARGET=localstack ;;
      --suffix) SUFFIX="$2"; shift ;;
      -c) CONTEXT+=(-c "$2"); shift ;;
      -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
      *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
  done
  STACK="TapStack$SUFFIX"
  CONTEXT+=(-c "environmentSuffix=$SUFFIX" -c "target=$TARGET")
  if [ "$TARGET" = localstack ]; then
    # LocalStack's defaults; cdklocal points the CDK CLI at http://localhost:4566 itself.
    export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}"
    export AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}"
    export AWS_REGION="${AWS_REGION:-us-east-1}" AWS_DEFAULT_REGION="${AWS_REGION:-us-east-1}"
    export LOCALSTACK_ENDPOINT="${LOCALSTACK_ENDPOINT:-http://localhost:4566}"
  fi
}

# The value of a -c key=value given on the command line, or nothing.
context_value() {
  local item
  for item in "${CONTEXT[@]}"; do
    case "$item" in "$1="*) echo "${item#*=}" ;; esac
  done
}

# Whether reserving $1 executions for each of the stack's three functions leaves Lambda the
# executions it keeps unreserved: 100, or the account's whole limit where that is lower (new
# accounts often have 10, so nothing can be reserved there). $2 is the account's limit, $3 its
# unreserved executions now, $4 what this stack's functions reserve already (given back when
# their reservations are replaced).
concurrency_fits() {
  if ! [[ "$1" =~ ^[0-9]+$ ]]; then
    echo "reservedConcurrency must be a whole number, got '$1'" >&2
    return 2
  fi
  local wanted=$((3 * $1)) limit=$2 unreserved=$3 ours=$4
  local minimum=$((limit < 100 ? limit : 100))
  local left=$((unreserved + ours - wanted))
  if [ "$left" -lt "$minimum" ]; then
    echo "reservedConcurrency=$1 reserves $wanted executions for the three functions and would leave $left" \
      "unreserved of the account's $limit; Lambda keeps at least $minimum unreserved, so the deploy would fail." \
      "Deploy without -c reservedConcurrency, or raise the quota (Service Quotas: AWS Lambda, Concurrent executions)." >&2
    return 1
  fi
}

# The CDK CLI (v2 from the npm registry), wrapped by cdklocal for LocalStack.
cdk() {
  if [ "$TARGET" = localstack ]; then
    (cd "$INFRA_DIR" && npx --yes -p aws-cdk@2 -p aws-cdk-local@3 cdklocal "$@")
  else
    (cd "$INFRA_DIR" && npx --yes aws-cdk@2 "$@")
  fi
}

# The AWS CLI, pointed at LocalStack for that target.
aws_cli() {
  if [ "$TARGET" = localstack ]; then
    aws --endpoint-url "$LOCALSTACK_ENDPOINT" "$@"
  else
    aws "$@"
  fi
}

# Turns the CDK CLI's {"TapStack<suffix>": {...}} into the flat {...} that tests read.
flatten_outputs() {
  node -e '
    const fs = require("fs");
    const [file, stack, out] = process.argv.slice(1);
    const all = JSON.parse(fs.readFileSync(file, "utf8"));
    if (!all[stack]) { console.error(`no outputs of ${stack} in ${file}`); process.exit(1); }
    fs.writeFileSync(out, JSON.stringify(all[stack], null, 2) + "\n");
  ' "$1" "$STACK" "$OUTPUTS_DIR/flat-outputs.json"
  echo "wrote $OUTPUTS_DIR/flat-outputs.json"
}
