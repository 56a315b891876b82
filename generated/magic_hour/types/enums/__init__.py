"""Enums: every member is also a plain value, and unknown values from the server are kept.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .not_found_body_message_enum import (
        NotFoundBodyMessageEnum as NotFoundBodyMessageEnum,
    )
    from .unauthorized_body_message_enum import (
        UnauthorizedBodyMessageEnum as UnauthorizedBodyMessageEnum,
    )
    from .v1_ai_clothes_changer_create_body_assets_garment_type_enum import (
        V1AiClothesChangerCreateBodyAssetsGarmentTypeEnum as V1AiClothesChangerCreateBodyAssetsGarmentTypeEnum,
    )
    from .v1_ai_clothes_changer_create_body_assets_garment_type_enum import (
        V1AiClothesChangerCreateBodyAssetsGarmentTypeEnumLiteral as V1AiClothesChangerCreateBodyAssetsGarmentTypeEnumLiteral,
    )
    from .v1_ai_gif_generator_create_body_output_format_enum import (
        V1AiGifGeneratorCreateBodyOutputFormatEnum as V1AiGifGeneratorCreateBodyOutputFormatEnum,
    )
    from .v1_ai_gif_generator_create_body_output_format_enum import (
        V1AiGifGeneratorCreateBodyOutputFormatEnumLiteral as V1AiGifGeneratorCreateBodyOutputFormatEnumLiteral,
    )
    from .v1_ai_image_editor_create_body_aspect_ratio_enum import (
        V1AiImageEditorCreateBodyAspectRatioEnum as V1AiImageEditorCreateBodyAspectRatioEnum,
    )
    from .v1_ai_image_editor_create_body_aspect_ratio_enum import (
        V1AiImageEditorCreateBodyAspectRatioEnumLiteral as V1AiImageEditorCreateBodyAspectRatioEnumLiteral,
    )
    from .v1_ai_image_editor_create_body_image_count_enum import (
        V1AiImageEditorCreateBodyImageCountEnum as V1AiImageEditorCreateBodyImageCountEnum,
    )
    from .v1_ai_image_editor_create_body_image_count_enum import (
        V1AiImageEditorCreateBodyImageCountEnumLiteral as V1AiImageEditorCreateBodyImageCountEnumLiteral,
    )
    from .v1_ai_image_editor_create_body_model_enum import (
        V1AiImageEditorCreateBodyModelEnum as V1AiImageEditorCreateBodyModelEnum,
    )
    from .v1_ai_image_editor_create_body_model_enum import (
        V1AiImageEditorCreateBodyModelEnumLiteral as V1AiImageEditorCreateBodyModelEnumLiteral,
    )
    from .v1_ai_image_editor_create_body_resolution_enum import (
        V1AiImageEditorCreateBodyResolutionEnum as V1AiImageEditorCreateBodyResolutionEnum,
    )
    from .v1_ai_image_editor_create_body_resolution_enum import (
        V1AiImageEditorCreateBodyResolutionEnumLiteral as V1AiImageEditorCreateBodyResolutionEnumLiteral,
    )
    from .v1_ai_image_generator_create_body_aspect_ratio_enum import (
        V1AiImageGeneratorCreateBodyAspectRatioEnum as V1AiImageGeneratorCreateBodyAspectRatioEnum,
    )
    from .v1_ai_image_generator_create_body_aspect_ratio_enum import (
        V1AiImageGeneratorCreateBodyAspectRatioEnumLiteral as V1AiImageGeneratorCreateBodyAspectRatioEnumLiteral,
    )
    from .v1_ai_image_generator_create_body_model_enum import (
        V1AiImageGeneratorCreateBodyModelEnum as V1AiImageGeneratorCreateBodyModelEnum,
    )
    from .v1_ai_image_generator_create_body_model_enum import (
        V1AiImageGeneratorCreateBodyModelEnumLiteral as V1AiImageGeneratorCreateBodyModelEnumLiteral,
    )
    from .v1_ai_image_generator_create_body_resolution_enum import (
        V1AiImageGeneratorCreateBodyResolutionEnum as V1AiImageGeneratorCreateBodyResolutionEnum,
    )
    from .v1_ai_image_generator_create_body_resolution_enum import (
        V1AiImageGeneratorCreateBodyResolutionEnumLiteral as V1AiImageGeneratorCreateBodyResolutionEnumLiteral,
    )
    from .v1_ai_image_generator_create_body_style_tool_enum import (
        V1AiImageGeneratorCreateBodyStyleToolEnum as V1AiImageGeneratorCreateBodyStyleToolEnum,
    )
    from .v1_ai_image_generator_create_body_style_tool_enum import (
        V1AiImageGeneratorCreateBodyStyleToolEnumLiteral as V1AiImageGeneratorCreateBodyStyleToolEnumLiteral,
    )
    from .v1_ai_image_upscaler_create_body_style_enhancement_enum import (
        V1AiImageUpscalerCreateBodyStyleEnhancementEnum as V1AiImageUpscalerCreateBodyStyleEnhancementEnum,
    )
    from .v1_ai_image_upscaler_create_body_style_enhancement_enum import (
        V1AiImageUpscalerCreateBodyStyleEnhancementEnumLiteral as V1AiImageUpscalerCreateBodyStyleEnhancementEnumLiteral,
    )
    from .v1_ai_image_upscaler_create_body_style_mode_enum import (
        V1AiImageUpscalerCreateBodyStyleModeEnum as V1AiImageUpscalerCreateBodyStyleModeEnum,
    )
    from .v1_ai_image_upscaler_create_body_style_mode_enum import (
        V1AiImageUpscalerCreateBodyStyleModeEnumLiteral as V1AiImageUpscalerCreateBodyStyleModeEnumLiteral,
    )
    from .v1_ai_meme_generator_create_body_style_template_enum import (
        V1AiMemeGeneratorCreateBodyStyleTemplateEnum as V1AiMemeGeneratorCreateBodyStyleTemplateEnum,
    )
    from .v1_ai_meme_generator_create_body_style_template_enum import (
        V1AiMemeGeneratorCreateBodyStyleTemplateEnumLiteral as V1AiMemeGeneratorCreateBodyStyleTemplateEnumLiteral,
    )
    from .v1_ai_talking_photo_create_body_style_generation_mode_enum import (
        V1AiTalkingPhotoCreateBodyStyleGenerationModeEnum as V1AiTalkingPhotoCreateBodyStyleGenerationModeEnum,
    )
    from .v1_ai_talking_photo_create_body_style_generation_mode_enum import (
        V1AiTalkingPhotoCreateBodyStyleGenerationModeEnumLiteral as V1AiTalkingPhotoCreateBodyStyleGenerationModeEnumLiteral,
    )
    from .v1_ai_voice_generator_create_body_style_voice_name_enum import (
        V1AiVoiceGeneratorCreateBodyStyleVoiceNameEnum as V1AiVoiceGeneratorCreateBodyStyleVoiceNameEnum,
    )
    from .v1_ai_voice_generator_create_body_style_voice_name_enum import (
        V1AiVoiceGeneratorCreateBodyStyleVoiceNameEnumLiteral as V1AiVoiceGeneratorCreateBodyStyleVoiceNameEnumLiteral,
    )
    from .v1_animation_create_body_assets_audio_source_enum import (
        V1AnimationCreateBodyAssetsAudioSourceEnum as V1AnimationCreateBodyAssetsAudioSourceEnum,
    )
    from .v1_animation_create_body_assets_audio_source_enum import (
        V1AnimationCreateBodyAssetsAudioSourceEnumLiteral as V1AnimationCreateBodyAssetsAudioSourceEnumLiteral,
    )
    from .v1_animation_create_body_style_art_style_enum import (
        V1AnimationCreateBodyStyleArtStyleEnum as V1AnimationCreateBodyStyleArtStyleEnum,
    )
    from .v1_animation_create_body_style_art_style_enum import (
        V1AnimationCreateBodyStyleArtStyleEnumLiteral as V1AnimationCreateBodyStyleArtStyleEnumLiteral,
    )
    from .v1_animation_create_body_style_camera_effect_enum import (
        V1AnimationCreateBodyStyleCameraEffectEnum as V1AnimationCreateBodyStyleCameraEffectEnum,
    )
    from .v1_animation_create_body_style_camera_effect_enum import (
        V1AnimationCreateBodyStyleCameraEffectEnumLiteral as V1AnimationCreateBodyStyleCameraEffectEnumLiteral,
    )
    from .v1_animation_create_body_style_prompt_type_enum import (
        V1AnimationCreateBodyStylePromptTypeEnum as V1AnimationCreateBodyStylePromptTypeEnum,
    )
    from .v1_animation_create_body_style_prompt_type_enum import (
        V1AnimationCreateBodyStylePromptTypeEnumLiteral as V1AnimationCreateBodyStylePromptTypeEnumLiteral,
    )
    from .v1_audio_projects_get_response_status_enum import (
        V1AudioProjectsGetResponseStatusEnum as V1AudioProjectsGetResponseStatusEnum,
    )
    from .v1_audio_to_video_create_body_resolution_enum import (
        V1AudioToVideoCreateBodyResolutionEnum as V1AudioToVideoCreateBodyResolutionEnum,
    )
    from .v1_audio_to_video_create_body_resolution_enum import (
        V1AudioToVideoCreateBodyResolutionEnumLiteral as V1AudioToVideoCreateBodyResolutionEnumLiteral,
    )
    from .v1_auto_subtitle_generator_create_body_style_template_enum import (
        V1AutoSubtitleGeneratorCreateBodyStyleTemplateEnum as V1AutoSubtitleGeneratorCreateBodyStyleTemplateEnum,
    )
    from .v1_auto_subtitle_generator_create_body_style_template_enum import (
        V1AutoSubtitleGeneratorCreateBodyStyleTemplateEnumLiteral as V1AutoSubtitleGeneratorCreateBodyStyleTemplateEnumLiteral,
    )
    from .v1_body_swap_create_body_resolution_enum import (
        V1BodySwapCreateBodyResolutionEnum as V1BodySwapCreateBodyResolutionEnum,
    )
    from .v1_body_swap_create_body_resolution_enum import (
        V1BodySwapCreateBodyResolutionEnumLiteral as V1BodySwapCreateBodyResolutionEnumLiteral,
    )
    from .v1_face_detection_get_response_status_enum import (
        V1FaceDetectionGetResponseStatusEnum as V1FaceDetectionGetResponseStatusEnum,
    )
    from .v1_face_swap_create_body_assets_face_swap_mode_enum import (
        V1FaceSwapCreateBodyAssetsFaceSwapModeEnum as V1FaceSwapCreateBodyAssetsFaceSwapModeEnum,
    )
    from .v1_face_swap_create_body_assets_face_swap_mode_enum import (
        V1FaceSwapCreateBodyAssetsFaceSwapModeEnumLiteral as V1FaceSwapCreateBodyAssetsFaceSwapModeEnumLiteral,
    )
    from .v1_face_swap_create_body_assets_video_source_enum import (
        V1FaceSwapCreateBodyAssetsVideoSourceEnum as V1FaceSwapCreateBodyAssetsVideoSourceEnum,
    )
    from .v1_face_swap_create_body_assets_video_source_enum import (
        V1FaceSwapCreateBodyAssetsVideoSourceEnumLiteral as V1FaceSwapCreateBodyAssetsVideoSourceEnumLiteral,
    )
    from .v1_face_swap_create_body_style_version_enum import (
        V1FaceSwapCreateBodyStyleVersionEnum as V1FaceSwapCreateBodyStyleVersionEnum,
    )
    from .v1_face_swap_create_body_style_version_enum import (
        V1FaceSwapCreateBodyStyleVersionEnumLiteral as V1FaceSwapCreateBodyStyleVersionEnumLiteral,
    )
    from .v1_face_swap_photo_create_body_assets_face_swap_mode_enum import (
        V1FaceSwapPhotoCreateBodyAssetsFaceSwapModeEnum as V1FaceSwapPhotoCreateBodyAssetsFaceSwapModeEnum,
    )
    from .v1_face_swap_photo_create_body_assets_face_swap_mode_enum import (
        V1FaceSwapPhotoCreateBodyAssetsFaceSwapModeEnumLiteral as V1FaceSwapPhotoCreateBodyAssetsFaceSwapModeEnumLiteral,
    )
    from .v1_files_upload_urls_create_body_items_item_type_enum import (
        V1FilesUploadUrlsCreateBodyItemsItemTypeEnum as V1FilesUploadUrlsCreateBodyItemsItemTypeEnum,
    )
    from .v1_files_upload_urls_create_body_items_item_type_enum import (
        V1FilesUploadUrlsCreateBodyItemsItemTypeEnumLiteral as V1FilesUploadUrlsCreateBodyItemsItemTypeEnumLiteral,
    )
    from .v1_image_projects_get_response_status_enum import (
        V1ImageProjectsGetResponseStatusEnum as V1ImageProjectsGetResponseStatusEnum,
    )
    from .v1_image_to_video_create_body_model_enum import (
        V1ImageToVideoCreateBodyModelEnum as V1ImageToVideoCreateBodyModelEnum,
    )
    from .v1_image_to_video_create_body_model_enum import (
        V1ImageToVideoCreateBodyModelEnumLiteral as V1ImageToVideoCreateBodyModelEnumLiteral,
    )
    from .v1_image_to_video_create_body_resolution_enum import (
        V1ImageToVideoCreateBodyResolutionEnum as V1ImageToVideoCreateBodyResolutionEnum,
    )
    from .v1_image_to_video_create_body_resolution_enum import (
        V1ImageToVideoCreateBodyResolutionEnumLiteral as V1ImageToVideoCreateBodyResolutionEnumLiteral,
    )
    from .v1_lip_sync_create_body_assets_video_source_enum import (
        V1LipSyncCreateBodyAssetsVideoSourceEnum as V1LipSyncCreateBodyAssetsVideoSourceEnum,
    )
    from .v1_lip_sync_create_body_assets_video_source_enum import (
        V1LipSyncCreateBodyAssetsVideoSourceEnumLiteral as V1LipSyncCreateBodyAssetsVideoSourceEnumLiteral,
    )
    from .v1_lip_sync_create_body_style_generation_mode_enum import (
        V1LipSyncCreateBodyStyleGenerationModeEnum as V1LipSyncCreateBodyStyleGenerationModeEnum,
    )
    from .v1_lip_sync_create_body_style_generation_mode_enum import (
        V1LipSyncCreateBodyStyleGenerationModeEnumLiteral as V1LipSyncCreateBodyStyleGenerationModeEnumLiteral,
    )
    from .v1_text_to_video_create_body_aspect_ratio_enum import (
        V1TextToVideoCreateBodyAspectRatioEnum as V1TextToVideoCreateBodyAspectRatioEnum,
    )
    from .v1_text_to_video_create_body_aspect_ratio_enum import (
        V1TextToVideoCreateBodyAspectRatioEnumLiteral as V1TextToVideoCreateBodyAspectRatioEnumLiteral,
    )
    from .v1_text_to_video_create_body_model_enum import (
        V1TextToVideoCreateBodyModelEnum as V1TextToVideoCreateBodyModelEnum,
    )
    from .v1_text_to_video_create_body_model_enum import (
        V1TextToVideoCreateBodyModelEnumLiteral as V1TextToVideoCreateBodyModelEnumLiteral,
    )
    from .v1_text_to_video_create_body_resolution_enum import (
        V1TextToVideoCreateBodyResolutionEnum as V1TextToVideoCreateBodyResolutionEnum,
    )
    from .v1_text_to_video_create_body_resolution_enum import (
        V1TextToVideoCreateBodyResolutionEnumLiteral as V1TextToVideoCreateBodyResolutionEnumLiteral,
    )
    from .v1_video_projects_get_response_status_enum import (
        V1VideoProjectsGetResponseStatusEnum as V1VideoProjectsGetResponseStatusEnum,
    )
    from .v1_video_to_video_create_body_assets_video_source_enum import (
        V1VideoToVideoCreateBodyAssetsVideoSourceEnum as V1VideoToVideoCreateBodyAssetsVideoSourceEnum,
    )
    from .v1_video_to_video_create_body_assets_video_source_enum import (
        V1VideoToVideoCreateBodyAssetsVideoSourceEnumLiteral as V1VideoToVideoCreateBodyAssetsVideoSourceEnumLiteral,
    )
    from .v1_video_to_video_create_body_fps_resolution_enum import (
        V1VideoToVideoCreateBodyFpsResolutionEnum as V1VideoToVideoCreateBodyFpsResolutionEnum,
    )
    from .v1_video_to_video_create_body_fps_resolution_enum import (
        V1VideoToVideoCreateBodyFpsResolutionEnumLiteral as V1VideoToVideoCreateBodyFpsResolutionEnumLiteral,
    )
    from .v1_video_to_video_create_body_style_art_style_enum import (
        V1VideoToVideoCreateBodyStyleArtStyleEnum as V1VideoToVideoCreateBodyStyleArtStyleEnum,
    )
    from .v1_video_to_video_create_body_style_art_style_enum import (
        V1VideoToVideoCreateBodyStyleArtStyleEnumLiteral as V1VideoToVideoCreateBodyStyleArtStyleEnumLiteral,
    )
    from .v1_video_to_video_create_body_style_model_enum import (
        V1VideoToVideoCreateBodyStyleModelEnum as V1VideoToVideoCreateBodyStyleModelEnum,
    )
    from .v1_video_to_video_create_body_style_model_enum import (
        V1VideoToVideoCreateBodyStyleModelEnumLiteral as V1VideoToVideoCreateBodyStyleModelEnumLiteral,
    )
    from .v1_video_to_video_create_body_style_prompt_type_enum import (
        V1VideoToVideoCreateBodyStylePromptTypeEnum as V1VideoToVideoCreateBodyStylePromptTypeEnum,
    )
    from .v1_video_to_video_create_body_style_prompt_type_enum import (
        V1VideoToVideoCreateBodyStylePromptTypeEnumLiteral as V1VideoToVideoCreateBodyStylePromptTypeEnumLiteral,
    )
    from .v1_video_to_video_create_body_style_version_enum import (
        V1VideoToVideoCreateBodyStyleVersionEnum as V1VideoToVideoCreateBodyStyleVersionEnum,
    )
    from .v1_video_to_video_create_body_style_version_enum import (
        V1VideoToVideoCreateBodyStyleVersionEnumLiteral as V1VideoToVideoCreateBodyStyleVersionEnumLiteral,
    )

_MODULES: typing.Dict[str, str] = {
    "NotFoundBodyMessageEnum": "not_found_body_message_enum",
    "UnauthorizedBodyMessageEnum": "unauthorized_body_message_enum",
    "V1AiClothesChangerCreateBodyAssetsGarmentTypeEnum": "v1_ai_clothes_changer_create_body_assets_garment_type_enum",
    "V1AiClothesChangerCreateBodyAssetsGarmentTypeEnumLiteral": "v1_ai_clothes_changer_create_body_assets_garment_type_enum",
    "V1AiGifGeneratorCreateBodyOutputFormatEnum": "v1_ai_gif_generator_create_body_output_format_enum",
    "V1AiGifGeneratorCreateBodyOutputFormatEnumLiteral": "v1_ai_gif_generator_create_body_output_format_enum",
    "V1AiImageEditorCreateBodyAspectRatioEnum": "v1_ai_image_editor_create_body_aspect_ratio_enum",
    "V1AiImageEditorCreateBodyAspectRatioEnumLiteral": "v1_ai_image_editor_create_body_aspect_ratio_enum",
    "V1AiImageEditorCreateBodyImageCountEnum": "v1_ai_image_editor_create_body_image_count_enum",
    "V1AiImageEditorCreateBodyImageCountEnumLiteral": "v1_ai_image_editor_create_body_image_count_enum",
    "V1AiImageEditorCreateBodyModelEnum": "v1_ai_image_editor_create_body_model_enum",
    "V1AiImageEditorCreateBodyModelEnumLiteral": "v1_ai_image_editor_create_body_model_enum",
    "V1AiImageEditorCreateBodyResolutionEnum": "v1_ai_image_editor_create_body_resolution_enum",
    "V1AiImageEditorCreateBodyResolutionEnumLiteral": "v1_ai_image_editor_create_body_resolution_enum",
    "V1AiImageGeneratorCreateBodyAspectRatioEnum": "v1_ai_image_generator_create_body_aspect_ratio_enum",
    "V1AiImageGeneratorCreateBodyAspectRatioEnumLiteral": "v1_ai_image_generator_create_body_aspect_ratio_enum",
    "V1AiImageGeneratorCreateBodyModelEnum": "v1_ai_image_generator_create_body_model_enum",
    "V1AiImageGeneratorCreateBodyModelEnumLiteral": "v1_ai_image_generator_create_body_model_enum",
    "V1AiImageGeneratorCreateBodyResolutionEnum": "v1_ai_image_generator_create_body_resolution_enum",
    "V1AiImageGeneratorCreateBodyResolutionEnumLiteral": "v1_ai_image_generator_create_body_resolution_enum",
    "V1AiImageGeneratorCreateBodyStyleToolEnum": "v1_ai_image_generator_create_body_style_tool_enum",
    "V1AiImageGeneratorCreateBodyStyleToolEnumLiteral": "v1_ai_image_generator_create_body_style_tool_enum",
    "V1AiImageUpscalerCreateBodyStyleEnhancementEnum": "v1_ai_image_upscaler_create_body_style_enhancement_enum",
    "V1AiImageUpscalerCreateBodyStyleEnhancementEnumLiteral": "v1_ai_image_upscaler_create_body_style_enhancement_enum",
    "V1AiImageUpscalerCreateBodyStyleModeEnum": "v1_ai_image_upscaler_create_body_style_mode_enum",
    "V1AiImageUpscalerCreateBodyStyleModeEnumLiteral": "v1_ai_image_upscaler_create_body_style_mode_enum",
    "V1AiMemeGeneratorCreateBodyStyleTemplateEnum": "v1_ai_meme_generator_create_body_style_template_enum",
    "V1AiMemeGeneratorCreateBodyStyleTemplateEnumLiteral": "v1_ai_meme_generator_create_body_style_template_enum",
    "V1AiTalkingPhotoCreateBodyStyleGenerationModeEnum": "v1_ai_talking_photo_create_body_style_generation_mode_enum",
    "V1AiTalkingPhotoCreateBodyStyleGenerationModeEnumLiteral": "v1_ai_talking_photo_create_body_style_generation_mode_enum",
    "V1AiVoiceGeneratorCreateBodyStyleVoiceNameEnum": "v1_ai_voice_generator_create_body_style_voice_name_enum",
    "V1AiVoiceGeneratorCreateBodyStyleVoiceNameEnumLiteral": "v1_ai_voice_generator_create_body_style_voice_name_enum",
    "V1AnimationCreateBodyAssetsAudioSourceEnum": "v1_animation_create_body_assets_audio_source_enum",
    "V1AnimationCreateBodyAssetsAudioSourceEnumLiteral": "v1_animation_create_body_assets_audio_source_enum",
    "V1AnimationCreateBodyStyleArtStyleEnum": "v1_animation_create_body_style_art_style_enum",
    "V1AnimationCreateBodyStyleArtStyleEnumLiteral": "v1_animation_create_body_style_art_style_enum",
    "V1AnimationCreateBodyStyleCameraEffectEnum": "v1_animation_create_body_style_camera_effect_enum",
    "V1AnimationCreateBodyStyleCameraEffectEnumLiteral": "v1_animation_create_body_style_camera_effect_enum",
    "V1AnimationCreateBodyStylePromptTypeEnum": "v1_animation_create_body_style_prompt_type_enum",
    "V1AnimationCreateBodyStylePromptTypeEnumLiteral": "v1_animation_create_body_style_prompt_type_enum",
    "V1AudioProjectsGetResponseStatusEnum": "v1_audio_projects_get_response_status_enum",
    "V1AudioToVideoCreateBodyResolutionEnum": "v1_audio_to_video_create_body_resolution_enum",
    "V1AudioToVideoCreateBodyResolutionEnumLiteral": "v1_audio_to_video_create_body_resolution_enum",
    "V1AutoSubtitleGeneratorCreateBodyStyleTemplateEnum": "v1_auto_subtitle_generator_create_body_style_template_enum",
    "V1AutoSubtitleGeneratorCreateBodyStyleTemplateEnumLiteral": "v1_auto_subtitle_generator_create_body_style_template_enum",
    "V1BodySwapCreateBodyResolutionEnum": "v1_body_swap_create_body_resolution_enum",
    "V1BodySwapCreateBodyResolutionEnumLiteral": "v1_body_swap_create_body_resolution_enum",
    "V1FaceDetectionGetResponseStatusEnum": "v1_face_detection_get_response_status_enum",
    "V1FaceSwapCreateBodyAssetsFaceSwapModeEnum": "v1_face_swap_create_body_assets_face_swap_mode_enum",
    "V1FaceSwapCreateBodyAssetsFaceSwapModeEnumLiteral": "v1_face_swap_create_body_assets_face_swap_mode_enum",
    "V1FaceSwapCreateBodyAssetsVideoSourceEnum": "v1_face_swap_create_body_assets_video_source_enum",
    "V1FaceSwapCreateBodyAssetsVideoSourceEnumLiteral": "v1_face_swap_create_body_assets_video_source_enum",
    "V1FaceSwapCreateBodyStyleVersionEnum": "v1_face_swap_create_body_style_version_enum",
    "V1FaceSwapCreateBodyStyleVersionEnumLiteral": "v1_face_swap_create_body_style_version_enum",
    "V1FaceSwapPhotoCreateBodyAssetsFaceSwapModeEnum": "v1_face_swap_photo_create_body_assets_face_swap_mode_enum",
    "V1FaceSwapPhotoCreateBodyAssetsFaceSwapModeEnumLiteral": "v1_face_swap_photo_create_body_assets_face_swap_mode_enum",
    "V1FilesUploadUrlsCreateBodyItemsItemTypeEnum": "v1_files_upload_urls_create_body_items_item_type_enum",
    "V1FilesUploadUrlsCreateBodyItemsItemTypeEnumLiteral": "v1_files_upload_urls_create_body_items_item_type_enum",
    "V1ImageProjectsGetResponseStatusEnum": "v1_image_projects_get_response_status_enum",
    "V1ImageToVideoCreateBodyModelEnum": "v1_image_to_video_create_body_model_enum",
    "V1ImageToVideoCreateBodyModelEnumLiteral": "v1_image_to_video_create_body_model_enum",
    "V1ImageToVideoCreateBodyResolutionEnum": "v1_image_to_video_create_body_resolution_enum",
    "V1ImageToVideoCreateBodyResolutionEnumLiteral": "v1_image_to_video_create_body_resolution_enum",
    "V1LipSyncCreateBodyAssetsVideoSourceEnum": "v1_lip_sync_create_body_assets_video_source_enum",
    "V1LipSyncCreateBodyAssetsVideoSourceEnumLiteral": "v1_lip_sync_create_body_assets_video_source_enum",
    "V1LipSyncCreateBodyStyleGenerationModeEnum": "v1_lip_sync_create_body_style_generation_mode_enum",
    "V1LipSyncCreateBodyStyleGenerationModeEnumLiteral": "v1_lip_sync_create_body_style_generation_mode_enum",
    "V1TextToVideoCreateBodyAspectRatioEnum": "v1_text_to_video_create_body_aspect_ratio_enum",
    "V1TextToVideoCreateBodyAspectRatioEnumLiteral": "v1_text_to_video_create_body_aspect_ratio_enum",
    "V1TextToVideoCreateBodyModelEnum": "v1_text_to_video_create_body_model_enum",
    "V1TextToVideoCreateBodyModelEnumLiteral": "v1_text_to_video_create_body_model_enum",
    "V1TextToVideoCreateBodyResolutionEnum": "v1_text_to_video_create_body_resolution_enum",
    "V1TextToVideoCreateBodyResolutionEnumLiteral": "v1_text_to_video_create_body_resolution_enum",
    "V1VideoProjectsGetResponseStatusEnum": "v1_video_projects_get_response_status_enum",
    "V1VideoToVideoCreateBodyAssetsVideoSourceEnum": "v1_video_to_video_create_body_assets_video_source_enum",
    "V1VideoToVideoCreateBodyAssetsVideoSourceEnumLiteral": "v1_video_to_video_create_body_assets_video_source_enum",
    "V1VideoToVideoCreateBodyFpsResolutionEnum": "v1_video_to_video_create_body_fps_resolution_enum",
    "V1VideoToVideoCreateBodyFpsResolutionEnumLiteral": "v1_video_to_video_create_body_fps_resolution_enum",
    "V1VideoToVideoCreateBodyStyleArtStyleEnum": "v1_video_to_video_create_body_style_art_style_enum",
    "V1VideoToVideoCreateBodyStyleArtStyleEnumLiteral": "v1_video_to_video_create_body_style_art_style_enum",
    "V1VideoToVideoCreateBodyStyleModelEnum": "v1_video_to_video_create_body_style_model_enum",
    "V1VideoToVideoCreateBodyStyleModelEnumLiteral": "v1_video_to_video_create_body_style_model_enum",
    "V1VideoToVideoCreateBodyStylePromptTypeEnum": "v1_video_to_video_create_body_style_prompt_type_enum",
    "V1VideoToVideoCreateBodyStylePromptTypeEnumLiteral": "v1_video_to_video_create_body_style_prompt_type_enum",
    "V1VideoToVideoCreateBodyStyleVersionEnum": "v1_video_to_video_create_body_style_version_enum",
    "V1VideoToVideoCreateBodyStyleVersionEnumLiteral": "v1_video_to_video_create_body_style_version_enum",
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
