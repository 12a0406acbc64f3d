/**
 */
package nl.leerkring.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One change of an action's status. A change to the same status is a deferral: the group's review looked at the action and left it for next time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.StatusChange#getAt <em>At</em>}</li>
 *   <li>{@link nl.leerkring.model.StatusChange#getBy <em>By</em>}</li>
 *   <li>{@link nl.leerkring.model.StatusChange#getFrom <em>From</em>}</li>
 *   <li>{@link nl.leerkring.model.StatusChange#getTo <em>To</em>}</li>
 *   <li>{@link nl.leerkring.model.StatusChange#getReason <em>Reason</em>}</li>
 *   <li>{@link nl.leerkring.model.StatusChange#getSessionId <em>Session Id</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getStatusChange()
 * @model
 * @generated
 */
public interface StatusChange extends EObject {
	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see nl.leerkring.model.LeerkringPackage#getStatusChange_At()
	 * @model dataType="nl.leerkring.model.Instant"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.StatusChange#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>By</em>' attribute.
	 * @see #setBy(String)
	 * @see nl.leerkring.model.LeerkringPackage#getStatusChange_By()
	 * @model
	 * @generated
	 */
	String getBy();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.StatusChange#getBy <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By</em>' attribute.
	 * @see #getBy()
	 * @generated
	 */
	void setBy(String value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leerkring.model.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see nl.leerkring.model.ActionStatus
	 * @see #setFrom(ActionStatus)
	 * @see nl.leerkring.model.LeerkringPackage#getStatusChange_From()
	 * @model
	 * @generated
	 */
	ActionStatus getFrom();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.StatusChange#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see nl.leerkring.model.ActionStatus
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leerkring.model.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see nl.leerkring.model.ActionStatus
	 * @see #setTo(ActionStatus)
	 * @see nl.leerkring.model.LeerkringPackage#getStatusChange_To()
	 * @model
	 * @generated
	 */
	ActionStatus getTo();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.StatusChange#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see nl.leerkring.model.ActionStatus
	 * @see #getTo()
	 * @generated
	 */
	void setTo(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see nl.leerkring.model.LeerkringPackage#getStatusChange_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.StatusChange#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Session Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The session whose review made the change; empty when the owner made it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Session Id</em>' attribute.
	 * @see #setSessionId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getStatusChange_SessionId()
	 * @model
	 * @generated
	 */
	String getSessionId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.StatusChange#getSessionId <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Id</em>' attribute.
	 * @see #getSessionId()
	 * @generated
	 */
	void setSessionId(String value);

} // StatusChange
