namespace CompliancePortal.Web.Api;

/// <summary>Reads a request body up to a cap, refusing a larger one before it is buffered whole.</summary>
public static class RequestBodies
{
    /// <param name="what">What the body is, for the 413 message: "a model card".</param>
    public static async Task<byte[]> ReadAsync(HttpRequest request, int maxBytes, string what, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            throw new PayloadTooLargeException(request.ContentLength.Value, maxBytes, what);
        }
        var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 0);
        var chunk = new byte[81920];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                throw new PayloadTooLargeException(buffer.Length + n, maxBytes, what);
            }
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}
