/**
 */
package nl.leerkring.model;

import java.time.Instant;
import java.time.LocalDate;

import java.time.LocalTime;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One meeting of a group run with one version of a protocol, and everything it recorded.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.Session#getId <em>Id</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#getProtocolId <em>Protocol Id</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#getProtocolVersion <em>Protocol Version</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#getGroup <em>Group</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#getDate <em>Date</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#getCurrentStep <em>Current Step</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#isActionReview <em>Action Review</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#getCaseRounds <em>Case Rounds</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#isValueRound <em>Value Round</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#getTrajectoryId <em>Trajectory Id</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#getMeeting <em>Meeting</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#getParticipants <em>Participants</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#getItems <em>Items</em>}</li>
 *   <li>{@link nl.leerkring.model.Session#getStepTimes <em>Step Times</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getSession()
 * @model
 * @generated
 */
public interface Session extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getSession_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Session#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Protocol Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol Id</em>' attribute.
	 * @see #setProtocolId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getSession_ProtocolId()
	 * @model required="true"
	 * @generated
	 */
	String getProtocolId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Session#getProtocolId <em>Protocol Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol Id</em>' attribute.
	 * @see #getProtocolId()
	 * @generated
	 */
	void setProtocolId(String value);

	/**
	 * Returns the value of the '<em><b>Protocol Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol Version</em>' attribute.
	 * @see #setProtocolVersion(int)
	 * @see nl.leerkring.model.LeerkringPackage#getSession_ProtocolVersion()
	 * @model
	 * @generated
	 */
	int getProtocolVersion();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Session#getProtocolVersion <em>Protocol Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol Version</em>' attribute.
	 * @see #getProtocolVersion()
	 * @generated
	 */
	void setProtocolVersion(int value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The protocol version the session runs with; looked up by protocolId and protocolVersion, never stored with the session.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protocol</em>' reference.
	 * @see #setProtocol(Protocol)
	 * @see nl.leerkring.model.LeerkringPackage#getSession_Protocol()
	 * @model resolveProxies="false" transient="true"
	 * @generated
	 */
	Protocol getProtocol();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Session#getProtocol <em>Protocol</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' reference.
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(Protocol value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.leerkring.model.LeerkringPackage#getSession_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Session#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The team or learning group; its sessions form a series and share their participants.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see nl.leerkring.model.LeerkringPackage#getSession_Group()
	 * @model
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Session#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see nl.leerkring.model.LeerkringPackage#getSession_Date()
	 * @model dataType="nl.leerkring.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Session#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the session starts on its date; empty when not planned to the hour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Time</em>' attribute.
	 * @see #setStartTime(LocalTime)
	 * @see nl.leerkring.model.LeerkringPackage#getSession_StartTime()
	 * @model dataType="nl.leerkring.model.LocalTime"
	 * @generated
	 */
	LocalTime getStartTime();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Session#getStartTime <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time</em>' attribute.
	 * @see #getStartTime()
	 * @generated
	 */
	void setStartTime(LocalTime value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leerkring.model.SessionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see nl.leerkring.model.SessionStatus
	 * @see #setStatus(SessionStatus)
	 * @see nl.leerkring.model.LeerkringPackage#getSession_Status()
	 * @model
	 * @generated
	 */
	SessionStatus getStatus();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Session#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see nl.leerkring.model.SessionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(SessionStatus value);

	/**
	 * Returns the value of the '<em><b>Current Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Index of the current step in the protocol's steps, counted across phases from 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current Step</em>' attribute.
	 * @see #setCurrentStep(int)
	 * @see nl.leerkring.model.LeerkringPackage#getSession_CurrentStep()
	 * @model
	 * @generated
	 */
	int getCurrentStep();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Session#getCurrentStep <em>Current Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Step</em>' attribute.
	 * @see #getCurrentStep()
	 * @generated
	 */
	void setCurrentStep(int value);

	/**
	 * Returns the value of the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Updated At</em>' attribute.
	 * @see #setUpdatedAt(Instant)
	 * @see nl.leerkring.model.LeerkringPackage#getSession_UpdatedAt()
	 * @model dataType="nl.leerkring.model.Instant"
	 * @generated
	 */
	Instant getUpdatedAt();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Session#getUpdatedAt <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated At</em>' attribute.
	 * @see #getUpdatedAt()
	 * @generated
	 */
	void setUpdatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Action Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The session begins with a review (terugblik) of the group's open actions from earlier sessions: its protocol declares a follow-up review and the group had open actions when the session started.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action Review</em>' attribute.
	 * @see #setActionReview(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getSession_ActionReview()
	 * @model
	 * @generated
	 */
	boolean isActionReview();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Session#isActionReview <em>Action Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action Review</em>' attribute.
	 * @see #isActionReview()
	 * @generated
	 */
	void setActionReview(boolean value);

	/**
	 * Returns the value of the '<em><b>Case Rounds</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many cases the session takes through its per-case steps (1 unless the group took another).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Case Rounds</em>' attribute.
	 * @see #setCaseRounds(int)
	 * @see nl.leerkring.model.LeerkringPackage#getSession_CaseRounds()
	 * @model default="1"
	 * @generated
	 */
	int getCaseRounds();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Session#getCaseRounds <em>Case Rounds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Rounds</em>' attribute.
	 * @see #getCaseRounds()
	 * @generated
	 */
	void setCaseRounds(int value);

	/**
	 * Returns the value of the '<em><b>Value Round</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The session ends with a short round on what it brought each one, tagged with the value cycles (immediate value at close, seed 001).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Round</em>' attribute.
	 * @see #setValueRound(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getSession_ValueRound()
	 * @model
	 * @generated
	 */
	boolean isValueRound();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Session#isValueRound <em>Value Round</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Round</em>' attribute.
	 * @see #isValueRound()
	 * @generated
	 */
	void setValueRound(boolean value);

	/**
	 * Returns the value of the '<em><b>Trajectory Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The run of a trajectory method this session is a meeting of (the sessions planned together share it); null outside a trajectory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trajectory Id</em>' attribute.
	 * @see #setTrajectoryId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getSession_TrajectoryId()
	 * @model
	 * @generated
	 */
	String getTrajectoryId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Session#getTrajectoryId <em>Trajectory Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trajectory Id</em>' attribute.
	 * @see #getTrajectoryId()
	 * @generated
	 */
	void setTrajectoryId(String value);

	/**
	 * Returns the value of the '<em><b>Meeting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which meeting of its trajectory the session is, counted from 1; 0 outside a trajectory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Meeting</em>' attribute.
	 * @see #setMeeting(int)
	 * @see nl.leerkring.model.LeerkringPackage#getSession_Meeting()
	 * @model
	 * @generated
	 */
	int getMeeting();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Session#getMeeting <em>Meeting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting</em>' attribute.
	 * @see #getMeeting()
	 * @generated
	 */
	void setMeeting(int value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.Participant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getSession_Participants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Participant> getParticipants();

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.Item}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getSession_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<Item> getItems();

	/**
	 * Returns the value of the '<em><b>Step Times</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.StepTime}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long each step ran against its timebox, so a paused session resumes with the time left and overruns are on record.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step Times</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getSession_StepTimes()
	 * @model containment="true"
	 * @generated
	 */
	EList<StepTime> getStepTimes();

} // Session
