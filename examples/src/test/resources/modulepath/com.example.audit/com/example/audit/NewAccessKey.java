package com.example.audit;

/** An IAM access key someone created. */
public record NewAccessKey(String userName, String accessKeyId) {}
