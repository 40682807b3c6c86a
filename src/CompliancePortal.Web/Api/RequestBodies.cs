using System.IO.Compression;

namespace CompliancePortal.Web.Api;

/// <summary>Reads a request body up to a cap, refusing a larger one before it is buffered whole.</summary>
public static class RequestBodies
{
    /// <param name="what">What the body is, for the 413 message: "a model card".</param>
    /// <param name="gzip">
    /// Accept <c>Content-Encoding: gzip</c> (OpenLineage clients can compress); the cap then applies to the decompressed
    /// bytes as well, so a small compressed body cannot expand without limit.
    /// </param>
    public static async Task<byte[]> ReadAsync(HttpRequest request, int maxBytes, string what, CancellationToken ct, bool gzip = false)
    {
        if (request.ContentLength > maxBytes)
        {
            throw new PayloadTooLargeException(request.ContentLength.Value, maxBytes, what);
        }
        var encoding = request.Headers.ContentEncoding.ToString().Trim();
        var compressed = encoding.Length > 0 && !encoding.Equals("identity", StringComparison.OrdinalIgnoreCase);
        if (compressed && !(gzip && encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase)))
        {
            throw new BadHttpRequestException(
                $"Content-Encoding '{encoding}' is not accepted here; send {(gzip ? "plain or gzip-compressed" : "uncompressed")} JSON.",
                StatusCodes.Status415UnsupportedMediaType);
        }
        await using var body = compressed ? new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true) : null;
        var source = (Stream?)body ?? request.Body;
        var buffer = new MemoryStream(!compressed && request.ContentLength is { } length ? (int)length : 0);
        var chunk = new byte[81920];
        int n;
        try
        {
            while ((n = await source.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + n > maxBytes)
                {
                    throw new PayloadTooLargeException(buffer.Length + n, maxBytes, what);
                }
                buffer.Write(chunk, 0, n);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new BadHttpRequestException($"The body says Content-Encoding: gzip but is not valid gzip ({ex.Message}).", StatusCodes.Status400BadRequest);
        }
        return buffer.ToArray();
    }
}
