package dev.sluice.environment.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one definition of each service, as the local services and the images get it. */
class ServiceDefinitionsTest {

    @Test
    void theImagesWorkerTemplateIsTheLocalWorkersConfigurationWithPlaceholders() {
        String template = WorkerConfig.imageTemplate();
        assertThat(template)
                .contains("bootstrap.servers=@CONNECT_BOOTSTRAP_SERVERS@\n")
                .contains("group.id=@CONNECT_GROUP_ID@\n")
                .contains("config.storage.topic=@CONNECT_GROUP_ID@-configs\n")
                .contains("rest.advertised.host.name=@CONNECT_ADVERTISED_HOST@\n")
                .contains("plugin.path=/opt/connect/plugins\n")
                .contains("exactly.once.source.support=enabled\n");
        WorkerConfig.properties("b", "g", "http://x:1", "x", "p").forEach((key, value) -> assertThat(template)
                .as("every local setting is in the image")
                .contains(key + "="));
    }

    @Test
    void theBrokerCanHoldTransactionsOnOneNode() {
        assertThat(BrokerConfig.common())
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .doesNotContainKey("listeners");
        assertThat(BrokerConfig.asFile(BrokerConfig.common())).contains("process.roles=broker,controller\n");
    }
}
