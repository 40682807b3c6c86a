#!/usr/bin/env python3
"""Independent reference values for MetricsTests, standard library only (numpy and scikit-learn are not assumed).

Each metric is computed from its textbook definition, deliberately not the way the C# code computes it: ROC AUC by
counting every positive/negative pair (a tie counts one half) rather than by ranks, R^2 from two plain passes rather
than a streaming accumulator. Run `python3 known_values.py` and compare with the constants in the tests.
"""
import math

EPS = 1e-15


def confusion(labels, predictions, positive):
    tp = sum(1 for y, p in zip(labels, predictions) if y == positive and p == positive)
    fp = sum(1 for y, p in zip(labels, predictions) if y != positive and p == positive)
    fn = sum(1 for y, p in zip(labels, predictions) if y == positive and p != positive)
    return tp, fp, fn


def precision_recall_f1(labels, predictions, positive):
    tp, fp, fn = confusion(labels, predictions, positive)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def accuracy(labels, predictions):
    return sum(1 for y, p in zip(labels, predictions) if y == p) / len(labels)


def roc_auc_pairs(labels, scores, positive):
    pos = [s for y, s in zip(labels, scores) if y == positive]
    neg = [s for y, s in zip(labels, scores) if y != positive]
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def log_loss(labels, probabilities, positive):
    total = 0.0
    for y, p in zip(labels, probabilities):
        p = min(max(p, EPS), 1 - EPS)
        total += -math.log(p) if y == positive else -math.log(1 - p)
    return total / len(labels)


def regression(labels, predictions):
    n = len(labels)
    mse = sum((y - p) ** 2 for y, p in zip(labels, predictions)) / n
    mae = sum(abs(y - p) for y, p in zip(labels, predictions)) / n
    mean = sum(labels) / n
    ss_tot = sum((y - mean) ** 2 for y in labels)
    ss_res = sum((y - p) ** 2 for y, p in zip(labels, predictions))
    return math.sqrt(mse), mae, 1 - ss_res / ss_tot


BINARY_LABELS = [1, 0, 1, 1, 0, 0, 1, 0, 1, 0]
BINARY_PREDICTIONS = [1, 0, 0, 1, 0, 1, 1, 0, 1, 1]
TIED_SCORES = [0.9, 0.1, 0.4, 0.8, 0.4, 0.6, 0.7, 0.2, 0.4, 0.3]

print("binary accuracy", repr(accuracy(BINARY_LABELS, BINARY_PREDICTIONS)))
print("binary P/R/F1 positive=1", *map(repr, precision_recall_f1(BINARY_LABELS, BINARY_PREDICTIONS, 1)))
print("binary P/R/F1 positive=0", *map(repr, precision_recall_f1(BINARY_LABELS, BINARY_PREDICTIONS, 0)))
print("multiclass accuracy", repr(accuracy([0, 1, 2, 2, 1], [0, 2, 2, 2, 1])))
# scikit-learn's roc_curve / roc_auc_score documentation example.
print("roc auc sklearn doc", repr(roc_auc_pairs([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], 1)))
print("roc auc ties positive=1", repr(roc_auc_pairs(BINARY_LABELS, TIED_SCORES, 1)))
print("roc auc ties positive=0", repr(roc_auc_pairs(BINARY_LABELS, TIED_SCORES, 0)))
# scikit-learn's log_loss documentation example, "spam" as the positive class.
print("log loss sklearn doc", repr(log_loss([1, 0, 0, 1], [0.9, 0.1, 0.2, 0.65], 1)))
print("log loss clipped", repr(log_loss([1, 0], [0.0, 1.0], 1)))
print("log loss certain and right", repr(log_loss([1, 0], [1.0, 0.0], 1)))
# scikit-learn's mean_squared_error / mean_absolute_error / r2_score documentation example.
print("regression sklearn doc RMSE MAE R2", *map(repr, regression([3, -0.5, 2, 7], [2.5, 0.0, 2, 8])))
print("regression offsets RMSE MAE R2", *map(repr, regression([1.5, 2.0, 3.5, 4.0, 5.5], [1.0, 2.5, 3.0, 4.5, 6.0])))
print("regression worse than the mean RMSE MAE R2", *map(repr, regression([1, 2, 3], [3, 3, 3])))
