"""`client.v1`: resource group."""

from __future__ import annotations

import functools
import typing

from ..._base_client import AsyncCore, SyncCore

if typing.TYPE_CHECKING:
    from .ai_clothes_changer import (
        AsyncAiClothesChangerResource,
        AiClothesChangerResource,
    )
    from .ai_face_editor import AsyncAiFaceEditorResource, AiFaceEditorResource
    from .ai_gif_generator import AsyncAiGifGeneratorResource, AiGifGeneratorResource
    from .ai_headshot_generator import (
        AsyncAiHeadshotGeneratorResource,
        AiHeadshotGeneratorResource,
    )
    from .ai_image_editor import AsyncAiImageEditorResource, AiImageEditorResource
    from .ai_image_generator import (
        AsyncAiImageGeneratorResource,
        AiImageGeneratorResource,
    )
    from .ai_image_upscaler import AsyncAiImageUpscalerResource, AiImageUpscalerResource
    from .ai_meme_generator import AsyncAiMemeGeneratorResource, AiMemeGeneratorResource
    from .ai_qr_code_generator import (
        AsyncAiQrCodeGeneratorResource,
        AiQrCodeGeneratorResource,
    )
    from .ai_talking_photo import AsyncAiTalkingPhotoResource, AiTalkingPhotoResource
    from .ai_voice_cloner import AsyncAiVoiceClonerResource, AiVoiceClonerResource
    from .ai_voice_generator import (
        AsyncAiVoiceGeneratorResource,
        AiVoiceGeneratorResource,
    )
    from .animation import AsyncAnimationResource, AnimationResource
    from .audio_projects import AsyncAudioProjectsResource, AudioProjectsResource
    from .audio_to_video import AsyncAudioToVideoResource, AudioToVideoResource
    from .auto_subtitle_generator import (
        AsyncAutoSubtitleGeneratorResource,
        AutoSubtitleGeneratorResource,
    )
    from .body_swap import AsyncBodySwapResource, BodySwapResource
    from .face_detection import AsyncFaceDetectionResource, FaceDetectionResource
    from .face_swap import AsyncFaceSwapResource, FaceSwapResource
    from .face_swap_photo import AsyncFaceSwapPhotoResource, FaceSwapPhotoResource
    from .files import AsyncFilesResource, FilesResource
    from .head_swap import AsyncHeadSwapResource, HeadSwapResource
    from .image_background_remover import (
        AsyncImageBackgroundRemoverResource,
        ImageBackgroundRemoverResource,
    )
    from .image_projects import AsyncImageProjectsResource, ImageProjectsResource
    from .image_to_video import AsyncImageToVideoResource, ImageToVideoResource
    from .lip_sync import AsyncLipSyncResource, LipSyncResource
    from .photo_colorizer import AsyncPhotoColorizerResource, PhotoColorizerResource
    from .text_to_video import AsyncTextToVideoResource, TextToVideoResource
    from .video_projects import AsyncVideoProjectsResource, VideoProjectsResource
    from .video_to_video import AsyncVideoToVideoResource, VideoToVideoResource


class V1Resource:
    """Methods of `client.v1`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @functools.cached_property
    def ai_clothes_changer(self) -> AiClothesChangerResource:
        from .ai_clothes_changer import AiClothesChangerResource

        return AiClothesChangerResource(self._core)

    @functools.cached_property
    def ai_face_editor(self) -> AiFaceEditorResource:
        from .ai_face_editor import AiFaceEditorResource

        return AiFaceEditorResource(self._core)

    @functools.cached_property
    def ai_gif_generator(self) -> AiGifGeneratorResource:
        from .ai_gif_generator import AiGifGeneratorResource

        return AiGifGeneratorResource(self._core)

    @functools.cached_property
    def ai_headshot_generator(self) -> AiHeadshotGeneratorResource:
        from .ai_headshot_generator import AiHeadshotGeneratorResource

        return AiHeadshotGeneratorResource(self._core)

    @functools.cached_property
    def ai_image_editor(self) -> AiImageEditorResource:
        from .ai_image_editor import AiImageEditorResource

        return AiImageEditorResource(self._core)

    @functools.cached_property
    def ai_image_generator(self) -> AiImageGeneratorResource:
        from .ai_image_generator import AiImageGeneratorResource

        return AiImageGeneratorResource(self._core)

    @functools.cached_property
    def ai_image_upscaler(self) -> AiImageUpscalerResource:
        from .ai_image_upscaler import AiImageUpscalerResource

        return AiImageUpscalerResource(self._core)

    @functools.cached_property
    def ai_meme_generator(self) -> AiMemeGeneratorResource:
        from .ai_meme_generator import AiMemeGeneratorResource

        return AiMemeGeneratorResource(self._core)

    @functools.cached_property
    def ai_qr_code_generator(self) -> AiQrCodeGeneratorResource:
        from .ai_qr_code_generator import AiQrCodeGeneratorResource

        return AiQrCodeGeneratorResource(self._core)

    @functools.cached_property
    def ai_talking_photo(self) -> AiTalkingPhotoResource:
        from .ai_talking_photo import AiTalkingPhotoResource

        return AiTalkingPhotoResource(self._core)

    @functools.cached_property
    def ai_voice_cloner(self) -> AiVoiceClonerResource:
        from .ai_voice_cloner import AiVoiceClonerResource

        return AiVoiceClonerResource(self._core)

    @functools.cached_property
    def ai_voice_generator(self) -> AiVoiceGeneratorResource:
        from .ai_voice_generator import AiVoiceGeneratorResource

        return AiVoiceGeneratorResource(self._core)

    @functools.cached_property
    def animation(self) -> AnimationResource:
        from .animation import AnimationResource

        return AnimationResource(self._core)

    @functools.cached_property
    def audio_projects(self) -> AudioProjectsResource:
        from .audio_projects import AudioProjectsResource

        return AudioProjectsResource(self._core)

    @functools.cached_property
    def audio_to_video(self) -> AudioToVideoResource:
        from .audio_to_video import AudioToVideoResource

        return AudioToVideoResource(self._core)

    @functools.cached_property
    def auto_subtitle_generator(self) -> AutoSubtitleGeneratorResource:
        from .auto_subtitle_generator import AutoSubtitleGeneratorResource

        return AutoSubtitleGeneratorResource(self._core)

    @functools.cached_property
    def body_swap(self) -> BodySwapResource:
        from .body_swap import BodySwapResource

        return BodySwapResource(self._core)

    @functools.cached_property
    def face_detection(self) -> FaceDetectionResource:
        from .face_detection import FaceDetectionResource

        return FaceDetectionResource(self._core)

    @functools.cached_property
    def face_swap(self) -> FaceSwapResource:
        from .face_swap import FaceSwapResource

        return FaceSwapResource(self._core)

    @functools.cached_property
    def face_swap_photo(self) -> FaceSwapPhotoResource:
        from .face_swap_photo import FaceSwapPhotoResource

        return FaceSwapPhotoResource(self._core)

    @functools.cached_property
    def files(self) -> FilesResource:
        from .files import FilesResource

        return FilesResource(self._core)

    @functools.cached_property
    def head_swap(self) -> HeadSwapResource:
        from .head_swap import HeadSwapResource

        return HeadSwapResource(self._core)

    @functools.cached_property
    def image_background_remover(self) -> ImageBackgroundRemoverResource:
        from .image_background_remover import ImageBackgroundRemoverResource

        return ImageBackgroundRemoverResource(self._core)

    @functools.cached_property
    def image_projects(self) -> ImageProjectsResource:
        from .image_projects import ImageProjectsResource

        return ImageProjectsResource(self._core)

    @functools.cached_property
    def image_to_video(self) -> ImageToVideoResource:
        from .image_to_video import ImageToVideoResource

        return ImageToVideoResource(self._core)

    @functools.cached_property
    def lip_sync(self) -> LipSyncResource:
        from .lip_sync import LipSyncResource

        return LipSyncResource(self._core)

    @functools.cached_property
    def photo_colorizer(self) -> PhotoColorizerResource:
        from .photo_colorizer import PhotoColorizerResource

        return PhotoColorizerResource(self._core)

    @functools.cached_property
    def text_to_video(self) -> TextToVideoResource:
        from .text_to_video import TextToVideoResource

        return TextToVideoResource(self._core)

    @functools.cached_property
    def video_projects(self) -> VideoProjectsResource:
        from .video_projects import VideoProjectsResource

        return VideoProjectsResource(self._core)

    @functools.cached_property
    def video_to_video(self) -> VideoToVideoResource:
        from .video_to_video import VideoToVideoResource

        return VideoToVideoResource(self._core)


class AsyncV1Resource:
    """Async methods of `client.v1`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @functools.cached_property
    def ai_clothes_changer(self) -> AsyncAiClothesChangerResource:
        from .ai_clothes_changer import AsyncAiClothesChangerResource

        return AsyncAiClothesChangerResource(self._core)

    @functools.cached_property
    def ai_face_editor(self) -> AsyncAiFaceEditorResource:
        from .ai_face_editor import AsyncAiFaceEditorResource

        return AsyncAiFaceEditorResource(self._core)

    @functools.cached_property
    def ai_gif_generator(self) -> AsyncAiGifGeneratorResource:
        from .ai_gif_generator import AsyncAiGifGeneratorResource

        return AsyncAiGifGeneratorResource(self._core)

    @functools.cached_property
    def ai_headshot_generator(self) -> AsyncAiHeadshotGeneratorResource:
        from .ai_headshot_generator import AsyncAiHeadshotGeneratorResource

        return AsyncAiHeadshotGeneratorResource(self._core)

    @functools.cached_property
    def ai_image_editor(self) -> AsyncAiImageEditorResource:
        from .ai_image_editor import AsyncAiImageEditorResource

        return AsyncAiImageEditorResource(self._core)

    @functools.cached_property
    def ai_image_generator(self) -> AsyncAiImageGeneratorResource:
        from .ai_image_generator import AsyncAiImageGeneratorResource

        return AsyncAiImageGeneratorResource(self._core)

    @functools.cached_property
    def ai_image_upscaler(self) -> AsyncAiImageUpscalerResource:
        from .ai_image_upscaler import AsyncAiImageUpscalerResource

        return AsyncAiImageUpscalerResource(self._core)

    @functools.cached_property
    def ai_meme_generator(self) -> AsyncAiMemeGeneratorResource:
        from .ai_meme_generator import AsyncAiMemeGeneratorResource

        return AsyncAiMemeGeneratorResource(self._core)

    @functools.cached_property
    def ai_qr_code_generator(self) -> AsyncAiQrCodeGeneratorResource:
        from .ai_qr_code_generator import AsyncAiQrCodeGeneratorResource

        return AsyncAiQrCodeGeneratorResource(self._core)

    @functools.cached_property
    def ai_talking_photo(self) -> AsyncAiTalkingPhotoResource:
        from .ai_talking_photo import AsyncAiTalkingPhotoResource

        return AsyncAiTalkingPhotoResource(self._core)

    @functools.cached_property
    def ai_voice_cloner(self) -> AsyncAiVoiceClonerResource:
        from .ai_voice_cloner import AsyncAiVoiceClonerResource

        return AsyncAiVoiceClonerResource(self._core)

    @functools.cached_property
    def ai_voice_generator(self) -> AsyncAiVoiceGeneratorResource:
        from .ai_voice_generator import AsyncAiVoiceGeneratorResource

        return AsyncAiVoiceGeneratorResource(self._core)

    @functools.cached_property
    def animation(self) -> AsyncAnimationResource:
        from .animation import AsyncAnimationResource

        return AsyncAnimationResource(self._core)

    @functools.cached_property
    def audio_projects(self) -> AsyncAudioProjectsResource:
        from .audio_projects import AsyncAudioProjectsResource

        return AsyncAudioProjectsResource(self._core)

    @functools.cached_property
    def audio_to_video(self) -> AsyncAudioToVideoResource:
        from .audio_to_video import AsyncAudioToVideoResource

        return AsyncAudioToVideoResource(self._core)

    @functools.cached_property
    def auto_subtitle_generator(self) -> AsyncAutoSubtitleGeneratorResource:
        from .auto_subtitle_generator import AsyncAutoSubtitleGeneratorResource

        return AsyncAutoSubtitleGeneratorResource(self._core)

    @functools.cached_property
    def body_swap(self) -> AsyncBodySwapResource:
        from .body_swap import AsyncBodySwapResource

        return AsyncBodySwapResource(self._core)

    @functools.cached_property
    def face_detection(self) -> AsyncFaceDetectionResource:
        from .face_detection import AsyncFaceDetectionResource

        return AsyncFaceDetectionResource(self._core)

    @functools.cached_property
    def face_swap(self) -> AsyncFaceSwapResource:
        from .face_swap import AsyncFaceSwapResource

        return AsyncFaceSwapResource(self._core)

    @functools.cached_property
    def face_swap_photo(self) -> AsyncFaceSwapPhotoResource:
        from .face_swap_photo import AsyncFaceSwapPhotoResource

        return AsyncFaceSwapPhotoResource(self._core)

    @functools.cached_property
    def files(self) -> AsyncFilesResource:
        from .files import AsyncFilesResource

        return AsyncFilesResource(self._core)

    @functools.cached_property
    def head_swap(self) -> AsyncHeadSwapResource:
        from .head_swap import AsyncHeadSwapResource

        return AsyncHeadSwapResource(self._core)

    @functools.cached_property
    def image_background_remover(self) -> AsyncImageBackgroundRemoverResource:
        from .image_background_remover import AsyncImageBackgroundRemoverResource

        return AsyncImageBackgroundRemoverResource(self._core)

    @functools.cached_property
    def image_projects(self) -> AsyncImageProjectsResource:
        from .image_projects import AsyncImageProjectsResource

        return AsyncImageProjectsResource(self._core)

    @functools.cached_property
    def image_to_video(self) -> AsyncImageToVideoResource:
        from .image_to_video import AsyncImageToVideoResource

        return AsyncImageToVideoResource(self._core)

    @functools.cached_property
    def lip_sync(self) -> AsyncLipSyncResource:
        from .lip_sync import AsyncLipSyncResource

        return AsyncLipSyncResource(self._core)

    @functools.cached_property
    def photo_colorizer(self) -> AsyncPhotoColorizerResource:
        from .photo_colorizer import AsyncPhotoColorizerResource

        return AsyncPhotoColorizerResource(self._core)

    @functools.cached_property
    def text_to_video(self) -> AsyncTextToVideoResource:
        from .text_to_video import AsyncTextToVideoResource

        return AsyncTextToVideoResource(self._core)

    @functools.cached_property
    def video_projects(self) -> AsyncVideoProjectsResource:
        from .video_projects import AsyncVideoProjectsResource

        return AsyncVideoProjectsResource(self._core)

    @functools.cached_property
    def video_to_video(self) -> AsyncVideoToVideoResource:
        from .video_to_video import AsyncVideoToVideoResource

        return AsyncVideoToVideoResource(self._core)
