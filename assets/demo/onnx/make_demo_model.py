#!/usr/bin/python3
"""Builds the demo credit model and its golden set.

The model is a logistic regression written directly as an ONNX graph, so nothing is trained or downloaded and the
file is the same on every run. Its input "features" is float[N, 2] (income_ratio, utilisation); its output
"probabilities" is float[N, 2], the probability of class 0 and of class 1. The golden set draws features and labels
from a seeded generator, labels following the model's own probabilities, so the model is good but not perfect on it.

Run with Debian's python3-onnx:  apt-get install -y python3-onnx && /usr/bin/python3 make_demo_model.py
"""
import csv
import math
import os
import random

import onnx
from onnx import TensorProto, helper

WEIGHTS = [2.5, -3.0]
BIAS = 0.4
ROWS = 400
HERE = os.path.dirname(os.path.abspath(__file__))


def build_model():
    weights = helper.make_tensor("weights", TensorProto.FLOAT, [2, 1], WEIGHTS)
    bias = helper.make_tensor("bias", TensorProto.FLOAT, [1], [BIAS])
    one = helper.make_tensor("one", TensorProto.FLOAT, [1], [1.0])
    nodes = [
        helper.make_node("MatMul", ["features", "weights"], ["logit_raw"]),
        helper.make_node("Add", ["logit_raw", "bias"], ["logit"]),
        helper.make_node("Sigmoid", ["logit"], ["p_positive"]),
        helper.make_node("Sub", ["one", "p_positive"], ["p_negative"]),
        helper.make_node("Concat", ["p_negative", "p_positive"], ["probabilities"], axis=1),
    ]
    graph = helper.make_graph(
        nodes,
        "demo_credit_logistic_regression",
        [helper.make_tensor_value_info("features", TensorProto.FLOAT, ["N", 2])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 2])],
        initializer=[weights, bias, one],
    )
    model = helper.make_model(graph, producer_name="compliance-portal-demo", opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def write_golden_set(path):
    rng = random.Random(20261126)
    with open(path, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["income_ratio", "utilisation", "defaulted"])
        for _ in range(ROWS):
            income_ratio = round(rng.uniform(-1.5, 1.5), 3)
            utilisation = round(rng.uniform(-1.0, 1.0), 3)
            p = 1 / (1 + math.exp(-(WEIGHTS[0] * income_ratio + WEIGHTS[1] * utilisation + BIAS)))
            writer.writerow([income_ratio, utilisation, 1 if rng.random() < p else 0])


if __name__ == "__main__":
    onnx.save(build_model(), os.path.join(HERE, "demo-credit-model.onnx"))
    write_golden_set(os.path.join(HERE, "demo-credit-golden-set.csv"))
