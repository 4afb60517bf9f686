package io.piiscanner.infra;

import java.util.Map;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.constructs.Construct;

/**
 * TapStack: the PCI-DSS-ready deployment of the scanning service. It reads top to bottom like the
 * architecture: a key, the stores it encrypts, the isolated network, the functions, the API and
 * its firewall, the audit trail, the alarms, the operations dashboard and the outputs. Every map it renders is ordered
 * ({@link Ordered}), so two syntheses give the same template byte for byte.
 */
public final class TapStack extends Stack {

  private final StackConfig config;
  private final ResourceNames names;
  private final EncryptionKey key;
  private final Buckets buckets;
  private final Network network;
  private final FindingsStore findings;
  private final ScanQueue scanQueue;
  private final Alerts alerts;
  private final ScannerFunctions functions;
  private final ScanApi api;
  private final AuditTrail audit;
  private final BackfillStateMachine backfill;
  private final OperationsDashboard dashboard;

  /**
   * Creates the stack.
   *
   * @param scope the app
   * @param config the deployment's configuration
   */
  public TapStack(Construct scope, StackConfig config) {
    super(
        scope,
        config.stackName(),
        StackProps.builder()
            .stackName(config.stackName())
            .description("pii-scanner: PCI-DSS-ready scanning service (" + config.environmentSuffix() + ")")
            .build());
    this.config = config;
    names = new ResourceNames(config.environmentSuffix(), ResourceNames.stackIdPart());
    Removal removal = Removal.of(config.retain());

    key = new EncryptionKey(this, "EncryptionKey", names, removal.policy());
    buckets = new Buckets(this, "Buckets", names, key.key(), removal);
    network = new Network(this, "Network", names, key.key(), buckets.flowLogs(), removal);
    findings = new FindingsStore(this, "FindingsStore", names, key.key(), removal, config.retain());
    scanQueue = new ScanQueue(this, "ScanQueue", names, key.key(), ScannerFunctions.SCAN_TIMEOUT, removal);
    alerts = new Alerts(this, "Alerts", names, key.key(), config.alertEmail(), removal);
    network.admitOnly(buckets.data(), findings.table(), alerts.topic(), scanQueue.queue());
    functions = new ScannerFunctions(this, "Scanner", this);
    api =
        new ScanApi(
            this,
            "ScanApi",
            names,
            key.key(),
            functions.apiHandler().alias(),
            removal,
            config.manageApiGatewayAccountRole());
    new ApiFirewall(this, "ApiFirewall", names, key.key(), api.api(), removal);
    audit = new AuditTrail(this, "AuditTrail", names, key.key(), buckets.data(), buckets.accessLogs(), removal);
    new Alarms(
        this, "Alarms", names, functions.all(), api.api(), scanQueue.deadLetterQueue(), audit, alerts.topic());
    backfill = new BackfillStateMachine(this, "Backfill", this);
    dashboard = new OperationsDashboard(this, "Dashboard", this);
    new StackOutputs(this, "Outputs", this);

    tag();
    CdkProvidedResources.giveLogGroups(this, names, key.key(), removal);
    CdkProvidedResources.suppressFindings(this);
  }

  private void tag() {
    Map<String, String> tags =
        Ordered.of(
            Map.of(
                "Environment", config.environmentSuffix(),
                "Owner", config.tags().owner(),
                "CostCenter", config.tags().costCenter(),
                "DataClassification", config.tags().dataClassification()));
    tags.forEach((key, value) -> Tags.of(this).add(key, value));
    Aspects.of(this).add(new ProviderTags(tags));
  }

  /** Returns the configuration the stack was built from. */
  public StackConfig config() {
    return config;
  }

  /** Returns the resource names. */
  public ResourceNames names() {
    return names;
  }

  /** Returns the key. */
  public EncryptionKey key() {
    return key;
  }

  /** Returns the buckets. */
  public Buckets buckets() {
    return buckets;
  }

  /** Returns the network. */
  public Network network() {
    return network;
  }

  /** Returns the findings store. */
  public FindingsStore findings() {
    return findings;
  }

  /** Returns the queues. */
  public ScanQueue scanQueue() {
    return scanQueue;
  }

  /** Returns the alerts topic construct. */
  public Alerts alerts() {
    return alerts;
  }

  /** Returns the scanner functions. */
  public ScannerFunctions functions() {
    return functions;
  }

  /** Returns the API. */
  public ScanApi api() {
    return api;
  }

  /** Returns the backfill state machine. */
  public BackfillStateMachine backfill() {
    return backfill;
  }

  /** Returns the audit trail. */
  public AuditTrail audit() {
    return audit;
  }

  /** Returns the operations dashboard. */
  public OperationsDashboard dashboard() {
    return dashboard;
  }
}
