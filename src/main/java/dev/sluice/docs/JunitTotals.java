package dev.sluice.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Makes the totals of JUnit XML reports match their test cases. Surefire's report of the Cucumber
 * suite can say {@code tests="0" failures="0"} on its {@code <testsuite>} while its
 * {@code <testcase>} elements (one per scenario) carry the failures, so CI tools that read totals see
 * an empty suite. The CI definitions run this over the report directories before publishing them:
 * {@code java -cp target/classes dev.sluice.docs.JunitTotals target/surefire-reports target/failsafe-reports}.
 */
public final class JunitTotals {
    private JunitTotals() {}

    public static void main(String[] dirs) {
        List<Path> fixed = new ArrayList<>();
        for (String dir : dirs) {
            fixed.addAll(fix(Path.of(dir)));
        }
        System.out.println(
                "JUnit XML totals corrected in " + fixed.size() + " report(s)" + (fixed.isEmpty() ? "" : ": " + fixed));
    }

    /** Corrects every {@code TEST-*.xml} in the directory (none if it does not exist); returns those changed. */
    public static List<Path> fix(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> fixed = new ArrayList<>();
            for (Path report : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml"))
                    .sorted()
                    .toList()) {
                if (fixFile(report)) {
                    fixed.add(report);
                }
            }
            return fixed;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    /** True when the file's totals were wrong and are now those of its test cases. */
    static boolean fixFile(Path report) {
        try {
            Document doc =
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
            Element suite = doc.getDocumentElement();
            if (!suite.getTagName().equals("testsuite")) {
                return false;
            }
            NodeList cases = suite.getElementsByTagName("testcase");
            int failures = 0;
            int errors = 0;
            int skipped = 0;
            for (int i = 0; i < cases.getLength(); i++) {
                Element c = (Element) cases.item(i);
                failures += c.getElementsByTagName("failure").getLength() > 0 ? 1 : 0;
                errors += c.getElementsByTagName("error").getLength() > 0 ? 1 : 0;
                skipped += c.getElementsByTagName("skipped").getLength() > 0 ? 1 : 0;
            }
            String[][] totals = {
                {"tests", Integer.toString(cases.getLength())},
                {"failures", Integer.toString(failures)},
                {"errors", Integer.toString(errors)},
                {"skipped", Integer.toString(skipped)}
            };
            boolean changed = false;
            for (String[] t : totals) {
                if (!t[1].equals(suite.getAttribute(t[0]))) {
                    suite.setAttribute(t[0], t[1]);
                    changed = true;
                }
            }
            if (changed) {
                var out = TransformerFactory.newInstance().newTransformer();
                out.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
                out.transform(new DOMSource(doc), new StreamResult(report.toFile()));
            }
            return changed;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot correct the totals of the JUnit report " + report + ": " + e, e);
        }
    }
}
