resource "aws_kms_key" "this" { # want "KMS key module.keys\[0\].aws_kms_key.this does not rotate" "KMS key module.keys\[1\].aws_kms_key.this does not rotate"
  description = "module key"
}
