using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.ModelCards;

/// <summary>A version's model card over the API: Markdown and Hugging Face formats, revisions, conflicts and refusals.</summary>
public abstract class ModelCardApiTests(PortalHost host)
{
    private const string HuggingFaceReadme = """
        ---
        license: apache-2.0
        language:
        - en
        tags:
        - credit-risk
        - tabular
        datasets:
        - contoso/loan-applications
        metrics:
        - roc_auc
        base_model: contoso/credit-base
        library_name: sklearn
        model-index:
        - name: credit-default-pd
          results:
          - task:
              type: tabular-classification
            dataset:
              name: Loan applications 2026-09
              type: contoso/loan-applications
            metrics:
            - type: roc_auc
              value: 0.812
              name: ROC AUC
        ---

        # Credit default PD

        ## Uses

        Scores retail credit applications for the probability of default within twelve months, used by underwriters.

        ## Training Data

        Loan applications from the core banking database, 2021 to 2026, with bureau features joined by applicant.
        """;

    [Fact]
    public async Task PutMarkdown_OnAVersionWithoutACard_CreatesRevisionOneServedAsMarkdownWithItsETagAndAudited()
    {
        var (olivia, url) = await NewVersionAsync();
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var put = await olivia.PutAsync(url, Markdown("# Card\n\n## Purpose and intended use\n\nScores applications.\n"));
        var get = await olivia.GetAsync(url);

        var saved = await put.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, saved.GetProperty("revision").GetInt32());
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("\"1\"", get.Headers.ETag?.Tag);
        Assert.Equal("text/markdown", get.Content.Headers.ContentType?.MediaType);
        Assert.Contains("## Purpose and intended use", await get.Content.ReadAsStringAsync());
        var events = await audit.EventsAfterAsync(mark);
        var created = Assert.Single(events);
        Assert.Equal("model-card.created", created.GetProperty("action").GetString());
        Assert.Contains(saved.GetProperty("contentHash").GetString()!, created.GetProperty("after").GetString());
    }

    [Fact]
    public async Task Get_OfAVersionWithoutACard_Is404ProblemDetails()
    {
        var (olivia, url) = await NewVersionAsync();

        var response = await olivia.GetAsync(url);

        var problem = await response.ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("no model card yet", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ConcurrentSaves_FromTheSameRevision_OneWinsAndTheOtherIs409NamingTheWinner()
    {
        var (olivia, url) = await NewVersionAsync();
        await (await olivia.PutAsync(url, Markdown("# v1\n"))).ExpectAsync(HttpStatusCode.OK);
        var first = new HttpRequestMessage(HttpMethod.Put, url) { Content = Markdown("# Olivia's edit\n") };
        first.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var second = new HttpRequestMessage(HttpMethod.Put, url) { Content = Markdown("# Another edit\n") };
        second.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));

        var responses = await Task.WhenAll(olivia.SendAsync(first), olivia.SendAsync(second));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var conflict = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
        var problem = await conflict.ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Nothing was saved", problem.GetProperty("detail").GetString());
        var revisions = await (await olivia.GetAsync($"{url}/revisions")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, revisions.GetArrayLength());
    }

    [Fact]
    public async Task ImportHuggingFace_KeepsEveryMetadataKeyMapsSectionsAndExportsValidFrontMatter()
    {
        var (olivia, url) = await NewVersionAsync();

        var put = await olivia.PutAsync($"{url}?format=huggingface", Markdown(HuggingFaceReadme));
        var markdown = await (await olivia.GetAsync(url)).Content.ReadAsStringAsync();
        var exported = await (await olivia.GetAsync($"{url}?format=huggingface")).Content.ReadAsStringAsync();

        await put.ExpectAsync(HttpStatusCode.OK);
        Assert.Contains("## Purpose and intended use", markdown);
        Assert.Contains("## Training data", markdown);
        Assert.StartsWith("---\n", exported);
        foreach (var key in new[] { "license:", "language:", "tags:", "datasets:", "metrics:", "base_model:", "library_name:", "model-index:", "0.812" })
        {
            Assert.Contains(key, exported);
        }
        var again = await olivia.PutAsync($"{url}?format=huggingface", Markdown(exported));
        await again.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(exported, await (await olivia.GetAsync($"{url}?format=huggingface")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ImportHuggingFace_WithMalformedYaml_Is400NamingTheLineAndWritesNothing()
    {
        var (olivia, url) = await NewVersionAsync();
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var response = await olivia.PutAsync($"{url}?format=huggingface", Markdown("---\nlicense: mit\ntags: [a, b\n---\n# Card\n"));

        var problem = await response.ExpectFieldErrorAsync("frontMatter");
        Assert.Contains("line", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await olivia.GetAsync(url)).StatusCode);
        Assert.Empty(await audit.EventsAfterAsync(mark));
    }

    [Fact]
    public async Task Put_WithAnOversizedBody_Is413AndWritesNothing()
    {
        var (olivia, url) = await NewVersionAsync();

        var response = await olivia.PutAsync(url, Markdown(new string('x', 300_000)));

        await response.ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(HttpStatusCode.NotFound, (await olivia.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task GetHtml_OfACardWithScript_ServesNoLiveScriptJavascriptLinkOrEventHandler()
    {
        var (olivia, url) = await NewVersionAsync();
        await (await olivia.PutAsync(url, Markdown("# Card\n\n<script>alert(1)</script>\n\n[click](javascript:alert(2))\n\n<img src=x onerror=alert(3)>\n"))).ExpectAsync(HttpStatusCode.OK);

        var html = await (await olivia.GetAsync($"{url}?format=html")).Content.ReadAsStringAsync();

        Assert.Contains("<h1", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        // Escaped text such as "&lt;img … onerror=…&gt;" is harmless; a live tag with an on… attribute is not.
        Assert.DoesNotMatch(@"<[a-zA-Z][^>]*\son[a-z]+\s*=", html);
    }

    [Fact]
    public async Task Put_ByAModelOwnerWhoDoesNotOwnTheModel_Is403()
    {
        var (_, url) = await NewVersionAsync();
        var marcus = await host.ClientForAsync(PortalClients.Marcus);

        var response = await marcus.PutAsync(url, Markdown("# Not mine\n"));

        await response.ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Get_WithAnUnknownFormat_Is400()
    {
        var (olivia, url) = await NewVersionAsync();
        await (await olivia.PutAsync(url, Markdown("# Card\n"))).ExpectAsync(HttpStatusCode.OK);

        var response = await olivia.GetAsync($"{url}?format=pdf");

        await response.ExpectFieldErrorAsync("format");
    }

    private async Task<(HttpClient Olivia, string CardUrl)> NewVersionAsync()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = Unique.Key("card");
        await (await olivia.PostAsJsonAsync("/api/v1/models", Requests.Model(key))).ExpectAsync(HttpStatusCode.Created);
        await (await olivia.PostAsJsonAsync($"/api/v1/models/{key}/versions", Requests.Version("1.0.0", "Major", "card-authorisations@2026-10-31")))
            .ExpectAsync(HttpStatusCode.Created);
        return (olivia, $"/api/v1/models/{key}/versions/1.0.0/card");
    }

    private static StringContent Markdown(string text) => new(text, Encoding.UTF8, "text/markdown");
}
