using System.Diagnostics;
using System.Text.Json;

namespace CompliancePortal.IntegrationTests.Revalidation;

/// <summary>
/// Reads a feed with Debian's python3-icalendar, a parser that shares no code with the portal's writer. A missing parser
/// fails the test rather than skipping it: .ci/test.sh installs it.
/// </summary>
internal static class IcalendarParser
{
    private const string Python = "/usr/bin/python3";

    private const string Script = """
        import sys, json, icalendar
        cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
        events = []
        for e in cal.walk('VEVENT'):
            start = e.decoded('DTSTART')
            end = e.decoded('DTEND')
            events.append({
                'uid': str(e.get('UID')),
                'summary': str(e.get('SUMMARY')),
                'url': str(e.get('URL')),
                'location': str(e.get('LOCATION')),
                'start': start.isoformat(),
                'end': end.isoformat(),
                'allDay': type(start).__name__ == 'date',
            })
        print(json.dumps({'version': str(cal.get('VERSION')), 'prodid': str(cal.get('PRODID')), 'events': events}))
        """;

    public static async Task<ParsedCalendar> ParseAsync(string ics)
    {
        if (!File.Exists(Python))
        {
            Assert.Fail($"{Python} is missing: install python3-icalendar (apt-get install python3-icalendar) to check the feed.");
        }
        var start = new ProcessStartInfo(Python, ["-c", Script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(ics);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var message = await error;
            Assert.Fail(message.Contains("No module named 'icalendar'")
                ? "The independent iCalendar parser is missing: install python3-icalendar (apt-get install python3-icalendar)."
                : $"python3-icalendar could not parse the feed:\n{message}\n{ics}");
        }
        return JsonSerializer.Deserialize<ParsedCalendar>(await output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}

internal sealed record ParsedCalendar(string Version, string Prodid, IReadOnlyList<ParsedEvent> Events);

internal sealed record ParsedEvent(string Uid, string Summary, string Url, string Location, string Start, string End, bool AllDay);
