using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CompliancePortal.Core.ModelCards;

/// <summary>Writes metadata as block YAML that any YAML 1.1 or 1.2 reader (the Hub's included) reads back to the same values.</summary>
internal static partial class MetadataYamlWriter
{
    public static string Write(MetadataMap root)
    {
        using var text = new StringWriter();
        // A long line is never folded: folding is valid YAML but makes the exported file harder to read and diff.
        var emitter = new Emitter(text, new EmitterSettings().WithBestWidth(int.MaxValue).WithNewLine("\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Write(emitter, root);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Write(IEmitter emitter, MetadataValue value)
    {
        switch (value)
        {
            case MetadataScalar scalar:
                emitter.Emit(ScalarEvent(scalar));
                break;
            case MetadataList list:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));
                foreach (var item in list.Items)
                {
                    Write(emitter, item);
                }
                emitter.Emit(new SequenceEnd());
                break;
            case MetadataMap map:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
                foreach (var entry in map.Entries)
                {
                    emitter.Emit(TextEvent(entry.Key, allowBlock: false));
                    Write(emitter, entry.Value);
                }
                emitter.Emit(new MappingEnd());
                break;
        }
    }

    private static Scalar ScalarEvent(MetadataScalar scalar) => scalar.Kind switch
    {
        MetadataScalarKind.Null => Plain("null"),
        MetadataScalarKind.Number or MetadataScalarKind.Boolean => Plain(scalar.Value ?? "null"),
        _ => TextEvent(scalar.Value ?? "", allowBlock: true),
    };

    private static Scalar Plain(string value) => new(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, true, false);

    // Text is left unquoted only when no YAML reader could take it for something else; the emitter quotes it anyway
    // if it cannot be written plain (a leading '-', a ': ' inside). Multi-line text is written as a literal block.
    private static Scalar TextEvent(string value, bool allowBlock)
    {
        var multiline = value.Contains('\n');
        var mayBePlain = !multiline && !LooksTyped().IsMatch(value);
        var style = multiline ? (allowBlock ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted) : ScalarStyle.Any;
        return new Scalar(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: mayBePlain, isQuotedImplicit: true);
    }

    // What a YAML 1.2 core-schema reader, or a YAML 1.1 reader such as PyYAML, would resolve to something other than a
    // string: null, booleans (1.1 also has yes/no/on/off, so the language code "no" must be quoted), numbers in any
    // base or with underscores or colons, dates and timestamps, and the merge key.
    [GeneratedRegex(@"^(|~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|<<|=|[-+]?[0-9][0-9_:.]*([eE][-+]?[0-9]+)?|[-+]?\.[0-9][0-9_]*([eE][-+]?[0-9]+)?|0[box][0-9a-fA-F_]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?)\z")]
    private static partial Regex LooksTyped();
}
