using CompliancePortal.Core.Common;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CompliancePortal.Core.ModelCards;

/// <summary>
/// Reads YAML front matter into <see cref="CardMetadata"/> from the parser's event stream rather than an object model,
/// to keep each scalar's quoting (which decides its type) and each error's line.
/// </summary>
internal sealed class MetadataYamlReader
{
    public const string Field = "FrontMatter";

    // Anchors and aliases are valid YAML, so they are honoured, but an alias expands to a copy of what it names:
    // these limits stop a few lines of nested aliases ("billion laughs") from expanding into gigabytes.
    private const int MaxDepth = 32;
    private const int MaxValues = 10_000;

    private const string StringTag = "tag:yaml.org,2002:str";

    private readonly Parser _parser;
    private readonly long _lineOffset;
    private readonly Dictionary<string, (MetadataValue Value, int Size)> _anchors = new(StringComparer.Ordinal);
    private int _values;
    private long _lastLine = 1;

    private MetadataYamlReader(string yaml, int firstLine)
    {
        _parser = new Parser(new StringReader(yaml));
        _lineOffset = firstLine - 1;
    }

    /// <summary>Reads a YAML mapping; <paramref name="firstLine"/> is the line of the surrounding file the YAML starts on, so errors point into that file.</summary>
    public static CardMetadata Read(string yaml, int firstLine) => new MetadataYamlReader(yaml, firstLine).ReadDocument();

    private CardMetadata ReadDocument()
    {
        Next();
        var next = Next();
        if (next is StreamEnd)
        {
            return CardMetadata.Empty;
        }
        var root = Next();
        if (root is not MappingStart)
        {
            throw Invalid(root.Start.Line, "it must be a list of 'key: value' lines.");
        }
        var metadata = new CardMetadata(ReadMap(depth: 1));
        Next();
        if (Next() is not StreamEnd)
        {
            throw Invalid(_lastLine, "it must be a single YAML document.");
        }
        return metadata;
    }

    private MetadataValue ReadValue(ParsingEvent start, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Invalid(start.Start.Line, $"values are nested more than {MaxDepth} levels deep.");
        }
        if (start is AnchorAlias alias)
        {
            if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
            {
                throw Invalid(start.Start.Line, $"the alias *{alias.Value.Value} refers to no anchor before it.");
            }
            Count(anchored.Size, start);
            return anchored.Value;
        }
        var before = _values;
        MetadataValue value = start switch
        {
            Scalar scalar => ScalarOf(scalar),
            SequenceStart => ReadList(depth),
            MappingStart => ReadMap(depth),
            _ => throw Invalid(start.Start.Line, "a value was expected here."),
        };
        Count(1, start);
        if (start is NodeEvent { Anchor.IsEmpty: false } node)
        {
            _anchors[node.Anchor.Value] = (value, _values - before);
        }
        return value;
    }

    private MetadataList ReadList(int depth)
    {
        var items = new List<MetadataValue>();
        for (var next = Next(); next is not SequenceEnd; next = Next())
        {
            items.Add(ReadValue(next, depth + 1));
        }
        return new MetadataList(items);
    }

    private MetadataMap ReadMap(int depth)
    {
        var entries = new List<MetadataEntry>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var next = Next(); next is not MappingEnd; next = Next())
        {
            if (next is not Scalar { Value: var key } || string.IsNullOrWhiteSpace(key))
            {
                throw Invalid(next.Start.Line, "every key must be a name, such as 'license:'.");
            }
            if (!keys.Add(key))
            {
                throw Invalid(next.Start.Line, $"the key '{key}' appears more than once.");
            }
            entries.Add(new MetadataEntry(key, ReadValue(Next(), depth + 1)));
        }
        return new MetadataMap(entries);
    }

    // Only an unquoted scalar can be a number, boolean or null; quoting, block text or an explicit !!str make it text.
    private static MetadataScalar ScalarOf(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && !IsStringTag(scalar.Tag)
            ? MetadataScalar.Plain(scalar.Value)
            : MetadataScalar.Text(scalar.Value);

    private static bool IsStringTag(TagName tag) => tag is { IsEmpty: false, IsNonSpecific: false } && tag.Value == StringTag;

    private void Count(int values, ParsingEvent at)
    {
        _values += values;
        if (_values > MaxValues)
        {
            throw Invalid(at.Start.Line, $"it holds more than {MaxValues} values.");
        }
    }

    private ParsingEvent Next()
    {
        try
        {
            while (_parser.MoveNext())
            {
                var current = _parser.Current!;
                _lastLine = Math.Max(1, current.End.Line);
                if (current is not Comment)
                {
                    return current;
                }
            }
        }
        catch (YamlException e)
        {
            throw Invalid(e.Start.Line > 0 ? e.Start.Line : _lastLine, e.Message);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18 fails this way, instead of with a YamlException, on some unclosed flow collections.
            throw Invalid(_lastLine, "the YAML cannot be read past this line; look for an unclosed '[', '{' or quote.");
        }
        throw Invalid(_lastLine, "the YAML ends unexpectedly.");
    }

    private ValidationFailedException Invalid(long yamlLine, string reason) =>
        new(new Dictionary<string, string[]>
        {
            [Field] = [$"The YAML front matter is invalid at line {yamlLine + _lineOffset}: {reason}"],
        });
}
