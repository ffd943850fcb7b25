package dev.sluice.environment.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Removes the containers and networks of runs whose JVM is gone (killed before it could clean up).
 * Only what carries Sluice's labels and names a dead owner on this host is touched.
 */
final class DockerReaper {
    private DockerReaper() {}

    static int reap(DockerClient docker) {
        int removed = 0;
        List<Container> containers = docker.listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Map.of(DockerEnvironment.MANAGED, "true"))
                .exec();
        for (Container c : containers) {
            if (ownerIsGone(c.getLabels())) {
                docker.removeContainerCmd(c.getId())
                        .withForce(true)
                        .withRemoveVolumes(true)
                        .exec();
                removed++;
            }
        }
        List<Network> networks = docker.listNetworksCmd()
                .withFilter("label", List.of(DockerEnvironment.MANAGED + "=true"))
                .exec();
        for (Network n : networks) {
            if (ownerIsGone(n.getLabels())) {
                try {
                    docker.removeNetworkCmd(n.getId()).exec();
                    removed++;
                } catch (RuntimeException e) {
                    // Its owner died after its containers were listed (they were kept): the next run removes both.
                    LoggerFactory.getLogger("dev.sluice")
                            .warn("Could not remove the network {} of a dead run yet: {}", n.getName(), e.getMessage());
                }
            }
        }
        return removed;
    }

    /** The owner label is {@code host:pid}; an owner on another host is never judged from here. */
    static boolean ownerIsGone(Map<String, String> labels) {
        String owner = labels == null ? null : labels.get(DockerEnvironment.OWNER);
        if (owner == null || !owner.contains(":")) {
            return false;
        }
        String host = owner.substring(0, owner.lastIndexOf(':'));
        String pid = owner.substring(owner.lastIndexOf(':') + 1);
        if (!host.equals(owner().substring(0, owner().lastIndexOf(':'))) || !pid.matches("\\d+")) {
            return false;
        }
        return ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
    }

    /** This JVM, as a label value: a later run removes what a dead owner left. */
    static String owner() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
