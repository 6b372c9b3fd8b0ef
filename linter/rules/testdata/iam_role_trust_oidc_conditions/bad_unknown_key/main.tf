# IRSA roles for a cluster created in the same plan: the condition key is
# built from the cluster's issuer URL and the subject from a namespace
# created by the same apply, so neither is known at plan time. The second
# role pins nothing by its values: any service account of the cluster.
provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "cluster" {
  name = "srm-fixture-eks-cluster"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "eks.amazonaws.com" } }]
  })
}

resource "aws_eks_cluster" "this" {
  name     = "srm-fixture"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
}

resource "aws_iam_openid_connect_provider" "eks" {
  url            = aws_eks_cluster.this.identity[0].oidc[0].issuer
  client_id_list = ["sts.amazonaws.com"]
}

locals {
  issuer = replace(aws_eks_cluster.this.identity[0].oidc[0].issuer, "https://", "")
}

# Stands for a namespace the same apply creates.
resource "terraform_data" "namespace" {
  input = "payments"
}

data "aws_iam_policy_document" "irsa" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.eks.arn]
    }
    condition {
      test     = "StringEquals"
      variable = "${local.issuer}:sub"
      values   = ["system:serviceaccount:${terraform_data.namespace.output}:api"]
    }
  }
}

resource "aws_iam_role" "irsa" {
  name               = "srm-fixture-irsa"
  assume_role_policy = data.aws_iam_policy_document.irsa.json # want "unknown: critical: .*may let tokens of the OpenID Connect provider \(its ARN is known only after apply\) assume the role without pinning their claims"
}

data "aws_iam_policy_document" "any" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.eks.arn]
    }
    condition {
      test     = "StringLike"
      variable = "${local.issuer}:sub"
      values   = ["system:serviceaccount:*"]
    }
  }
}

resource "aws_iam_role" "any" {
  name               = "srm-fixture-irsa-any"
  assume_role_policy = data.aws_iam_policy_document.any.json # want "unknown: critical: .*may let tokens of the OpenID Connect provider \(its ARN is known only after apply\) assume the role without pinning their claims"
}
