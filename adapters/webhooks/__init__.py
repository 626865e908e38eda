"""Outbound webhooks: HMAC-signed JSON POSTs, and the signature check a receiver runs."""

from adapters.webhooks.sender import HttpWebhookSender, WebhookDeliveryError
from adapters.webhooks.signing import InvalidSignature, sign, verify

__all__ = ["HttpWebhookSender", "InvalidSignature", "WebhookDeliveryError", "sign", "verify"]
