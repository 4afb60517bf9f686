package io.piiscanner.infra.live;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads and sets the stack's alarms through CloudWatch's Query API ({@code DescribeAlarms},
 * {@code SetAlarmState}), signed with {@link SigV4Http}: the SDK's CloudWatch client needs a protocol module that the
 * Maven repository reachable here does not serve at the SDK's version.
 */
final class CloudWatchAlarms {

  private CloudWatchAlarms() {}

  /**
   * Returns the metric alarms of the given names that exist, with their alarm actions.
   *
   * @param http the signing client
   * @param region the region
   * @param names the exact alarm names (at most 100)
   * @return alarm name to alarm actions, over all pages
   */
  static Map<String, List<String>> describe(SigV4Http http, String region, List<String> names) throws Exception {
    StringBuilder named = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      named.append("&AlarmNames.member.").append(i + 1).append('=').append(URLEncoder.encode(names.get(i), StandardCharsets.UTF_8));
    }
    Map<String, List<String>> alarms = new LinkedHashMap<>();
    String nextToken = null;
    do {
      String body = "Action=DescribeAlarms&Version=2010-08-01&AlarmTypes.member.1=MetricAlarm&MaxRecords=100" + named
          + (nextToken == null ? "" : "&NextToken=" + URLEncoder.encode(nextToken, StandardCharsets.UTF_8));
      HttpResponse<String> response = call(http, region, body, "DescribeAlarms");
      Document xml =
          DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
      NodeList metricAlarms = xml.getElementsByTagName("MetricAlarms");
      for (int i = 0; i < metricAlarms.getLength(); i++) {
        for (Element alarm : children((Element) metricAlarms.item(i), "member")) {
          List<String> actions = new ArrayList<>();
          for (Element list : children(alarm, "AlarmActions")) {
            children(list, "member").forEach(a -> actions.add(a.getTextContent()));
          }
          alarms.put(children(alarm, "AlarmName").get(0).getTextContent(), actions);
        }
      }
      NodeList token = xml.getElementsByTagName("NextToken");
      nextToken = token.getLength() == 0 || token.item(0).getTextContent().isBlank() ? null : token.item(0).getTextContent();
    } while (nextToken != null);
    return alarms;
  }

  /**
   * Sets an alarm's state by hand, as an operator testing its notifications would; the alarm
   * returns to the state its metric gives at its next evaluation.
   */
  static void setState(SigV4Http http, String region, String name, String state, String reason) throws Exception {
    call(
        http,
        region,
        "Action=SetAlarmState&Version=2010-08-01&AlarmName=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
            + "&StateValue=" + state + "&StateReason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8),
        "SetAlarmState");
  }

  private static HttpResponse<String> call(SigV4Http http, String region, String body, String action) throws Exception {
    URI endpoint =
        URI.create(Optional.ofNullable(System.getenv("AWS_ENDPOINT_URL")).orElse("https://monitoring." + region + ".amazonaws.com") + "/");
    HttpResponse<String> response =
        http.send("POST", endpoint, "monitoring", Map.of("content-type", "application/x-www-form-urlencoded"), body);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(action + " answered " + response.statusCode() + ": " + response.body());
    }
    return response;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }
}
