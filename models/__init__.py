"""ONNX models, their training and export code, and the inference runtime."""
