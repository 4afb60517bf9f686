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

        EncryptionKey key = new EncryptionKey(this, "EncryptionKey", names, removal.policy());
        Foundation base = new Foundation(names, key.key(), removal);
        Buckets buckets = new Buckets(this, "Buckets", base);
        Network network = new Network(this, "Network", base, buckets.flowLogs());
        FindingsStore findings = new FindingsStore(this, "FindingsStore", base);
        ScanQueue scanQueue = new ScanQueue(this, "ScanQueue", base, ScannerFunctions.SCAN_TIMEOUT);
        Alerts alerts = new Alerts(this, "Alerts", base, config.alertEmail());
        network.admitOnly(buckets.data(), findings.table(), alerts.topic(), scanQueue.queue());
        ServiceStores stores =
                new ServiceStores(buckets.data(), findings.table(), findings.objectKeySecret(), alerts.topic());
        ScannerFunctions functions = new ScannerFunctions(
                this,
                "Scanner",
                base,
                new ScannerFunctions.Props(
                        config.lambdaJar(),
                        network,
                        stores,
                        scanQueue,
                        config.reservedConcurrency(),
                        config.queueConcurrency()));
        ScanApi api = new ScanApi(
                this, "ScanApi", base, functions.apiHandler().alias(), config.manageApiGatewayAccountRole());
        new ApiFirewall(this, "ApiFirewall", base, api.api());
        AuditTrail audit = new AuditTrail(this, "AuditTrail", base, buckets);
        new Alarms(
                this,
                "Alarms",
                names,
                new Alarms.Watched(functions.all(), api.api(), scanQueue.deadLetterQueue(), audit),
                alerts.topic());
        BackfillStateMachine backfill = new BackfillStateMachine(
                this,
                "Backfill",
                base,
                new BackfillStateMachine.Props(stores, buckets.accessLogs(), functions.shared()));
        OperationsDashboard dashboard = new OperationsDashboard(
                this, "Dashboard", names, new OperationsDashboard.Shown(functions, scanQueue, api.api()));
        new StackOutputs(
                this,
                "Outputs",
                new StackOutputs.Published(
                        names, key, buckets, network, findings, scanQueue, alerts, functions, api, backfill,
                        dashboard));

        tag();
        CdkProvidedResources.giveLogGroups(this, names, key.key(), removal);
        CdkProvidedResources.suppressFindings(this);
    }

    private void tag() {
        Map<String, String> tags = Ordered.of(Map.of(
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
}
