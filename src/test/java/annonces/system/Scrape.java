package annonces.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A Prometheus text-format scrape, read line by line as Prometheus does: {@code name{labels} value}. */
public record Scrape(List<Sample> samples) {

    public record Sample(String name, String labels, double value) {
    }

    public static Scrape of(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String series = line.substring(0, space);
            int brace = series.indexOf('{');
            samples.add(new Sample(brace < 0 ? series : series.substring(0, brace),
                    brace < 0 ? "" : series.substring(brace), Double.parseDouble(line.substring(space + 1))));
        }
        return new Scrape(samples);
    }

    /** The sum of the samples of this name carrying every one of these labels ({@code key="value"}); 0 when none. */
    public double value(String name, String... labels) {
        return matching(name, labels).stream().mapToDouble(Sample::value).sum();
    }

    public boolean has(String name, String... labels) {
        return !matching(name, labels).isEmpty();
    }

    public int count(String name, String... labels) {
        return matching(name, labels).size();
    }

    /** How much a counter moved since {@code before}. */
    double delta(Scrape before, String name, String... labels) {
        return value(name, labels) - before.value(name, labels);
    }

    private List<Sample> matching(String name, String... labels) {
        return samples.stream().filter(s -> s.name().equals(name))
                .filter(s -> Arrays.stream(labels).allMatch(l -> ("," + s.labels().replaceAll("^\\{|}$", "") + ",")
                        .contains("," + l + ","))).toList();
    }
}
