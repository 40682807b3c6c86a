namespace CompliancePortal.Core.ModelCards;

/// <summary>What a scalar means under the YAML core schema, which decides whether it is written with quotes.</summary>
public enum MetadataScalarKind
{
    Text,
    Number,
    Boolean,
    Null,
}
