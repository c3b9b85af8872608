from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "duban.web"
    label = "duban"
    verbose_name = "督办"
    default_auto_field = "django.db.models.BigAutoField"
