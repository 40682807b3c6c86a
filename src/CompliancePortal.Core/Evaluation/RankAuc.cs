namespace CompliancePortal.Core.Evaluation;

/// <summary>
/// ROC AUC as the Mann–Whitney statistic: the probability that a random positive row scores above a random negative
/// one. It needs every score at once (a sort), so unlike the other metrics it does not stream.
/// </summary>
internal static class RankAuc
{
    public static double Compute(ReadOnlySpan<double> labels, ReadOnlySpan<double> scores, double positiveClass)
    {
        var sorted = scores.ToArray();
        var rows = new int[sorted.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = i;
        }
        Array.Sort(sorted, rows);

        double positiveRankSum = 0;
        long positives = 0;
        for (var start = 0; start < sorted.Length;)
        {
            var end = start;
            while (end + 1 < sorted.Length && sorted[end + 1] == sorted[start])
            {
                end++;
            }
            // Tied scores share the mean of the ranks they span, so a positive tied with a negative counts one half:
            // the model did not tell them apart.
            var rank = (start + end) / 2.0 + 1;
            for (var i = start; i <= end; i++)
            {
                if (labels[rows[i]] == positiveClass)
                {
                    positiveRankSum += rank;
                    positives++;
                }
            }
            start = end + 1;
        }

        var negatives = sorted.Length - positives;
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }
}
