"""Response models (pydantic): what the API returns.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .bad_request_body import BadRequestBody as BadRequestBody
    from .not_found_body import NotFoundBody as NotFoundBody
    from .payment_required_body import PaymentRequiredBody as PaymentRequiredBody
    from .unauthorized_body import UnauthorizedBody as UnauthorizedBody
    from .unprocessable_entity_body import (
        UnprocessableEntityBody as UnprocessableEntityBody,
    )
    from .v1_ai_clothes_changer_create_response import (
        V1AiClothesChangerCreateResponse as V1AiClothesChangerCreateResponse,
    )
    from .v1_ai_face_editor_create_response import (
        V1AiFaceEditorCreateResponse as V1AiFaceEditorCreateResponse,
    )
    from .v1_ai_gif_generator_create_response import (
        V1AiGifGeneratorCreateResponse as V1AiGifGeneratorCreateResponse,
    )
    from .v1_ai_headshot_generator_create_response import (
        V1AiHeadshotGeneratorCreateResponse as V1AiHeadshotGeneratorCreateResponse,
    )
    from .v1_ai_image_editor_create_response import (
        V1AiImageEditorCreateResponse as V1AiImageEditorCreateResponse,
    )
    from .v1_ai_image_generator_create_response import (
        V1AiImageGeneratorCreateResponse as V1AiImageGeneratorCreateResponse,
    )
    from .v1_ai_image_upscaler_create_response import (
        V1AiImageUpscalerCreateResponse as V1AiImageUpscalerCreateResponse,
    )
    from .v1_ai_meme_generator_create_response import (
        V1AiMemeGeneratorCreateResponse as V1AiMemeGeneratorCreateResponse,
    )
    from .v1_ai_qr_code_generator_create_response import (
        V1AiQrCodeGeneratorCreateResponse as V1AiQrCodeGeneratorCreateResponse,
    )
    from .v1_ai_talking_photo_create_response import (
        V1AiTalkingPhotoCreateResponse as V1AiTalkingPhotoCreateResponse,
    )
    from .v1_ai_voice_cloner_create_response import (
        V1AiVoiceClonerCreateResponse as V1AiVoiceClonerCreateResponse,
    )
    from .v1_ai_voice_generator_create_response import (
        V1AiVoiceGeneratorCreateResponse as V1AiVoiceGeneratorCreateResponse,
    )
    from .v1_animation_create_response import (
        V1AnimationCreateResponse as V1AnimationCreateResponse,
    )
    from .v1_audio_projects_get_response import (
        V1AudioProjectsGetResponse as V1AudioProjectsGetResponse,
    )
    from .v1_audio_projects_get_response_downloads_item import (
        V1AudioProjectsGetResponseDownloadsItem as V1AudioProjectsGetResponseDownloadsItem,
    )
    from .v1_audio_projects_get_response_error import (
        V1AudioProjectsGetResponseError as V1AudioProjectsGetResponseError,
    )
    from .v1_audio_to_video_create_response import (
        V1AudioToVideoCreateResponse as V1AudioToVideoCreateResponse,
    )
    from .v1_auto_subtitle_generator_create_response import (
        V1AutoSubtitleGeneratorCreateResponse as V1AutoSubtitleGeneratorCreateResponse,
    )
    from .v1_body_swap_create_response import (
        V1BodySwapCreateResponse as V1BodySwapCreateResponse,
    )
    from .v1_face_detection_create_response import (
        V1FaceDetectionCreateResponse as V1FaceDetectionCreateResponse,
    )
    from .v1_face_detection_get_response import (
        V1FaceDetectionGetResponse as V1FaceDetectionGetResponse,
    )
    from .v1_face_detection_get_response_faces_item import (
        V1FaceDetectionGetResponseFacesItem as V1FaceDetectionGetResponseFacesItem,
    )
    from .v1_face_swap_create_response import (
        V1FaceSwapCreateResponse as V1FaceSwapCreateResponse,
    )
    from .v1_face_swap_photo_create_response import (
        V1FaceSwapPhotoCreateResponse as V1FaceSwapPhotoCreateResponse,
    )
    from .v1_files_upload_urls_create_response import (
        V1FilesUploadUrlsCreateResponse as V1FilesUploadUrlsCreateResponse,
    )
    from .v1_files_upload_urls_create_response_items_item import (
        V1FilesUploadUrlsCreateResponseItemsItem as V1FilesUploadUrlsCreateResponseItemsItem,
    )
    from .v1_head_swap_create_response import (
        V1HeadSwapCreateResponse as V1HeadSwapCreateResponse,
    )
    from .v1_image_background_remover_create_response import (
        V1ImageBackgroundRemoverCreateResponse as V1ImageBackgroundRemoverCreateResponse,
    )
    from .v1_image_projects_get_response import (
        V1ImageProjectsGetResponse as V1ImageProjectsGetResponse,
    )
    from .v1_image_projects_get_response_downloads_item import (
        V1ImageProjectsGetResponseDownloadsItem as V1ImageProjectsGetResponseDownloadsItem,
    )
    from .v1_image_projects_get_response_error import (
        V1ImageProjectsGetResponseError as V1ImageProjectsGetResponseError,
    )
    from .v1_image_to_video_create_response import (
        V1ImageToVideoCreateResponse as V1ImageToVideoCreateResponse,
    )
    from .v1_lip_sync_create_response import (
        V1LipSyncCreateResponse as V1LipSyncCreateResponse,
    )
    from .v1_photo_colorizer_create_response import (
        V1PhotoColorizerCreateResponse as V1PhotoColorizerCreateResponse,
    )
    from .v1_text_to_video_create_response import (
        V1TextToVideoCreateResponse as V1TextToVideoCreateResponse,
    )
    from .v1_video_projects_get_response import (
        V1VideoProjectsGetResponse as V1VideoProjectsGetResponse,
    )
    from .v1_video_projects_get_response_downloads_item import (
        V1VideoProjectsGetResponseDownloadsItem as V1VideoProjectsGetResponseDownloadsItem,
    )
    from .v1_video_projects_get_response_error import (
        V1VideoProjectsGetResponseError as V1VideoProjectsGetResponseError,
    )
    from .v1_video_to_video_create_response import (
        V1VideoToVideoCreateResponse as V1VideoToVideoCreateResponse,
    )
    from .v1_audio_projects_get_response_with_downloads import (
        V1AudioProjectsGetResponseWithDownloads as V1AudioProjectsGetResponseWithDownloads,
    )
    from .v1_image_projects_get_response_with_downloads import (
        V1ImageProjectsGetResponseWithDownloads as V1ImageProjectsGetResponseWithDownloads,
    )
    from .v1_video_projects_get_response_with_downloads import (
        V1VideoProjectsGetResponseWithDownloads as V1VideoProjectsGetResponseWithDownloads,
    )

_MODULES: typing.Dict[str, str] = {
    "BadRequestBody": "bad_request_body",
    "NotFoundBody": "not_found_body",
    "PaymentRequiredBody": "payment_required_body",
    "UnauthorizedBody": "unauthorized_body",
    "UnprocessableEntityBody": "unprocessable_entity_body",
    "V1AiClothesChangerCreateResponse": "v1_ai_clothes_changer_create_response",
    "V1AiFaceEditorCreateResponse": "v1_ai_face_editor_create_response",
    "V1AiGifGeneratorCreateResponse": "v1_ai_gif_generator_create_response",
    "V1AiHeadshotGeneratorCreateResponse": "v1_ai_headshot_generator_create_response",
    "V1AiImageEditorCreateResponse": "v1_ai_image_editor_create_response",
    "V1AiImageGeneratorCreateResponse": "v1_ai_image_generator_create_response",
    "V1AiImageUpscalerCreateResponse": "v1_ai_image_upscaler_create_response",
    "V1AiMemeGeneratorCreateResponse": "v1_ai_meme_generator_create_response",
    "V1AiQrCodeGeneratorCreateResponse": "v1_ai_qr_code_generator_create_response",
    "V1AiTalkingPhotoCreateResponse": "v1_ai_talking_photo_create_response",
    "V1AiVoiceClonerCreateResponse": "v1_ai_voice_cloner_create_response",
    "V1AiVoiceGeneratorCreateResponse": "v1_ai_voice_generator_create_response",
    "V1AnimationCreateResponse": "v1_animation_create_response",
    "V1AudioProjectsGetResponse": "v1_audio_projects_get_response",
    "V1AudioProjectsGetResponseDownloadsItem": "v1_audio_projects_get_response_downloads_item",
    "V1AudioProjectsGetResponseError": "v1_audio_projects_get_response_error",
    "V1AudioToVideoCreateResponse": "v1_audio_to_video_create_response",
    "V1AutoSubtitleGeneratorCreateResponse": "v1_auto_subtitle_generator_create_response",
    "V1BodySwapCreateResponse": "v1_body_swap_create_response",
    "V1FaceDetectionCreateResponse": "v1_face_detection_create_response",
    "V1FaceDetectionGetResponse": "v1_face_detection_get_response",
    "V1FaceDetectionGetResponseFacesItem": "v1_face_detection_get_response_faces_item",
    "V1FaceSwapCreateResponse": "v1_face_swap_create_response",
    "V1FaceSwapPhotoCreateResponse": "v1_face_swap_photo_create_response",
    "V1FilesUploadUrlsCreateResponse": "v1_files_upload_urls_create_response",
    "V1FilesUploadUrlsCreateResponseItemsItem": "v1_files_upload_urls_create_response_items_item",
    "V1HeadSwapCreateResponse": "v1_head_swap_create_response",
    "V1ImageBackgroundRemoverCreateResponse": "v1_image_background_remover_create_response",
    "V1ImageProjectsGetResponse": "v1_image_projects_get_response",
    "V1ImageProjectsGetResponseDownloadsItem": "v1_image_projects_get_response_downloads_item",
    "V1ImageProjectsGetResponseError": "v1_image_projects_get_response_error",
    "V1ImageToVideoCreateResponse": "v1_image_to_video_create_response",
    "V1LipSyncCreateResponse": "v1_lip_sync_create_response",
    "V1PhotoColorizerCreateResponse": "v1_photo_colorizer_create_response",
    "V1TextToVideoCreateResponse": "v1_text_to_video_create_response",
    "V1VideoProjectsGetResponse": "v1_video_projects_get_response",
    "V1VideoProjectsGetResponseDownloadsItem": "v1_video_projects_get_response_downloads_item",
    "V1VideoProjectsGetResponseError": "v1_video_projects_get_response_error",
    "V1VideoToVideoCreateResponse": "v1_video_to_video_create_response",
    "V1AudioProjectsGetResponseWithDownloads": "v1_audio_projects_get_response_with_downloads",
    "V1ImageProjectsGetResponseWithDownloads": "v1_image_projects_get_response_with_downloads",
    "V1VideoProjectsGetResponseWithDownloads": "v1_video_projects_get_response_with_downloads",
}

__all__ = sorted(_MODULES)


if not typing.TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


def __dir__() -> typing.List[str]:
    return __all__
